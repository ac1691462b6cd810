package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.MailSecurity;

/** Everything needed to reach one mailbox, its password opened. */
record MailboxAccess(MailProtocol protocol, MailSecurity security, String host, int port, String username,
        String password, String folder) {

    @Override
    public String toString() {
        return protocol.code() + "/" + security.code() + " " + username + "@" + host + ":" + port + " " + folder;
    }
}
