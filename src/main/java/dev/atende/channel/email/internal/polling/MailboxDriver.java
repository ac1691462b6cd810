package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.MailProtocol;

/** Reaches mailboxes of one protocol (IMAP, POP3). */
interface MailboxDriver {

    MailProtocol protocol();

    /** Connects, signs in and opens the folder for reading and removing; each failure names its stage. */
    RemoteFolder open(MailboxAccess access) throws MailboxFailure;
}
