package dev.atende.channel.email;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class MailboxPollingPostgresTests extends MailboxPollingSpec {
}
