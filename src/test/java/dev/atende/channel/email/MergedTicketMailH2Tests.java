package dev.atende.channel.email;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class MergedTicketMailH2Tests extends MergedTicketMailSpec {
}
