package dev.atende.ticket;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class AttachmentPostgresTests extends AttachmentSpec {
}
