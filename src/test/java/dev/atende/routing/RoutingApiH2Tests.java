package dev.atende.routing;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class RoutingApiH2Tests extends RoutingApiSpec {
}
