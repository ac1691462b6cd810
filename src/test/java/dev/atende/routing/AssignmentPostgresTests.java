package dev.atende.routing;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class AssignmentPostgresTests extends AssignmentSpec {
}
