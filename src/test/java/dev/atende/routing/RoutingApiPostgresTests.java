package dev.atende.routing;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class RoutingApiPostgresTests extends RoutingApiSpec {
}
