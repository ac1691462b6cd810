package dev.atende.sla;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class SlaH2Tests extends SlaSpec {
}
