package dev.atende.identity;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class AccountPostgresTests extends AccountSpec {
}
