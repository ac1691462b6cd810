package dev.atende.shared;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class ClusterLockH2Tests extends ClusterLockSpec {
}
