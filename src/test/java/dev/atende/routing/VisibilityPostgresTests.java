package dev.atende.routing;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class VisibilityPostgresTests extends VisibilitySpec {
}
