package dev.atende.knowledge;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class KnowledgePostgresTests extends KnowledgeSpec {
}
