package dev.atende.reporting;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class LiveRatingsPostgresTests extends LiveRatingsSpec {
}
