package dev.atende.channel.email;

/** How a mailbox is read: IMAP (a folder, by UID) or POP3 (the inbox, by UIDL). */
public enum MailProtocol {

    IMAP("imap", 993, 143),
    POP3("pop3", 995, 110);

    private final String code;
    private final int tlsPort;
    private final int plainPort;

    MailProtocol(String code, int tlsPort, int plainPort) {
        this.code = code;
        this.tlsPort = tlsPort;
        this.plainPort = plainPort;
    }

    public String code() {
        return code;
    }

    /** The usual port: 993/995 with TLS from the start, 143/110 otherwise (STARTTLS or none). */
    public int defaultPort(MailSecurity security) {
        return security == MailSecurity.TLS ? tlsPort : plainPort;
    }

    /** The protocol of an API code; null when there is none. */
    public static MailProtocol fromCode(String code) {
        for (MailProtocol protocol : values()) {
            if (protocol.code.equals(code)) {
                return protocol;
            }
        }
        return null;
    }
}
