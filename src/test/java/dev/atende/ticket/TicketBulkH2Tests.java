package dev.atende.ticket;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class TicketBulkH2Tests extends TicketBulkSpec {
}
