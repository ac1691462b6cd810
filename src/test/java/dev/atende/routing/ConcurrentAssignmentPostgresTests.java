package dev.atende.routing;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class ConcurrentAssignmentPostgresTests extends ConcurrentAssignmentSpec {
}
