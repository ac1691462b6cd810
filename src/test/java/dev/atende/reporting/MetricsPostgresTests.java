package dev.atende.reporting;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class MetricsPostgresTests extends MetricsSpec {
}
