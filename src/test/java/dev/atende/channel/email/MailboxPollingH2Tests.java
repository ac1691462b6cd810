package dev.atende.channel.email;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class MailboxPollingH2Tests extends MailboxPollingSpec {
}
