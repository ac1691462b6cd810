package dev.atende.support;

@PostgresServerTest
class ServerSmokePostgresTests extends ServerSmokeSpec {
}
