package dev.atende.reporting;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class MetricsH2Tests extends MetricsSpec {
}
