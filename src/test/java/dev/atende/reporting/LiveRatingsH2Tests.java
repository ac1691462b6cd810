package dev.atende.reporting;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class LiveRatingsH2Tests extends LiveRatingsSpec {
}
