package dev.atende.channel.email;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class MergedTicketMailPostgresTests extends MergedTicketMailSpec {
}
