package dev.atende.ticket;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class TicketLinksH2Tests extends TicketLinksSpec {
}
