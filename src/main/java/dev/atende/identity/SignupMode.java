package dev.atende.identity;

/** Who may open an account on their own at {@code /signup}. */
public enum SignupMode {

    /** Anyone with an e-mail address. */
    OPEN("open"),
    /** Only addresses at one of the allowed domains. */
    DOMAINS("domains"),
    /** Nobody: accounts come from admins, agents (customers) and incoming e-mail, and are invited. */
    INVITE_ONLY("invite_only");

    private final String code;

    SignupMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SignupMode fromCode(String code) {
        for (SignupMode mode : values()) {
            if (mode.code.equals(code)) {
                return mode;
            }
        }
        return null;
    }
}
