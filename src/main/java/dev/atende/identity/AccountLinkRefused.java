package dev.atende.identity;

import dev.atende.shared.DomainException;

/** A mailed link that does not work: unknown (404), or used or expired (410). */
public class AccountLinkRefused extends DomainException {

    public enum Reason {
        UNKNOWN(404, "error.link.unknown"), USED(410, "error.link.used"), EXPIRED(410, "error.link.expired"),
        ACCOUNT_INACTIVE(410, "error.link.inactive");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }
    }

    private final Reason reason;

    public AccountLinkRefused(Reason reason) {
        super(reason.status, reason.code);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
