package dev.atende.ticket;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class TicketMergePostgresTests extends TicketMergeSpec {
}
