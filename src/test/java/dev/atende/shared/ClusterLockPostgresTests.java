package dev.atende.shared;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class ClusterLockPostgresTests extends ClusterLockSpec {
}
