package dev.atende.identity;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class TokenApiPostgresTests extends TokenApiSpec {
}
