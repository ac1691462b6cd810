package dev.atende.reporting;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class FactsPostgresTests extends FactsSpec {
}
