package dev.atende.routing;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class AssignmentH2Tests extends AssignmentSpec {
}
