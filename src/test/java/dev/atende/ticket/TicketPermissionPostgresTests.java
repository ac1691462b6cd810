package dev.atende.ticket;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class TicketPermissionPostgresTests extends TicketPermissionSpec {
}
