package dev.atende.ticket;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class TicketLinksPostgresTests extends TicketLinksSpec {
}
