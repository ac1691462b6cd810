package dev.atende.routing;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class EscalationH2Tests extends EscalationSpec {
}
