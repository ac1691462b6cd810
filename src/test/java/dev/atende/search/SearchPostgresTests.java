package dev.atende.search;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class SearchPostgresTests extends SearchSpec {
}
