package dev.atende.routing;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class EscalationPostgresTests extends EscalationSpec {
}
