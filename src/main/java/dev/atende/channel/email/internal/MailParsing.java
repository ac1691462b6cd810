package dev.atende.channel.email.internal;

/** Reads a raw e-mail into what the channel needs; never throws on malformed mail. */
public interface MailParsing {

    ParsedMail parse(byte[] raw);
}
