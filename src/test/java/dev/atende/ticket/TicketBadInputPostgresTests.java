package dev.atende.ticket;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class TicketBadInputPostgresTests extends TicketBadInputSpec {
}
