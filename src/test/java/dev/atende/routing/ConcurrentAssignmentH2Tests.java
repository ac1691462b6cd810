package dev.atende.routing;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class ConcurrentAssignmentH2Tests extends ConcurrentAssignmentSpec {
}
