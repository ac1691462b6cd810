package dev.atende.identity;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class UserApiPostgresTests extends UserApiSpec {
}
