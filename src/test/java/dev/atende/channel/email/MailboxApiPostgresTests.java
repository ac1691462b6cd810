package dev.atende.channel.email;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class MailboxApiPostgresTests extends MailboxApiSpec {
}
