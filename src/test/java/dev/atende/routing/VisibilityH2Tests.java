package dev.atende.routing;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class VisibilityH2Tests extends VisibilitySpec {
}
