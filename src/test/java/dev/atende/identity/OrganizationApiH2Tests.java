package dev.atende.identity;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class OrganizationApiH2Tests extends OrganizationApiSpec {
}
