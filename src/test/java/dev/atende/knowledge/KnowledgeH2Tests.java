package dev.atende.knowledge;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class KnowledgeH2Tests extends KnowledgeSpec {
}
