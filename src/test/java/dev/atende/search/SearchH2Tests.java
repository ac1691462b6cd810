package dev.atende.search;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class SearchH2Tests extends SearchSpec {
}
