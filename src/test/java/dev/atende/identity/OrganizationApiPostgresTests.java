package dev.atende.identity;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class OrganizationApiPostgresTests extends OrganizationApiSpec {
}
