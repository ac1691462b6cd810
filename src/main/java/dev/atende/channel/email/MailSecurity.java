package dev.atende.channel.email;

/** How a connection to a mail server is protected: TLS from the start, upgraded by STARTTLS, or not at all. */
public enum MailSecurity {

    TLS("tls"),
    STARTTLS("starttls"),
    NONE("none");

    private final String code;

    MailSecurity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The SMTP submission port usual with this security: 465, 587 or 25. */
    public int smtpPort() {
        switch (this) {
            case TLS:
                return 465;
            case STARTTLS:
                return 587;
            default:
                return 25;
        }
    }

    /** The security of an API code; null when there is none. */
    public static MailSecurity fromCode(String code) {
        for (MailSecurity security : values()) {
            if (security.code.equals(code)) {
                return security;
            }
        }
        return null;
    }
}
