package dev.atende.identity;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class GroupApiH2Tests extends GroupApiSpec {
}
