package dev.atende.identity;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class AuthenticationH2Tests extends AuthenticationSpec {
}
