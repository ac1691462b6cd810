package dev.atende.sla;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class SlaPostgresTests extends SlaSpec {
}
