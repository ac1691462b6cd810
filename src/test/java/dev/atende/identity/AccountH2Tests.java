package dev.atende.identity;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class AccountH2Tests extends AccountSpec {
}
