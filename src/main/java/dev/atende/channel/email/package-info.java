/**
 * The e-mail channel: mailboxes polled over IMAP or POP3 (and mail piped in by an MTA), every
 * message stored raw before it is processed, parsed, threaded into tickets; replies sent back
 * out over SMTP through an outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-mail channel")
package dev.atende.channel.email;
