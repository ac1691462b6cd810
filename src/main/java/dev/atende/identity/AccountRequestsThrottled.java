package dev.atende.identity;

import dev.atende.shared.DomainException;

/** Too many sign-up, reset or invitation mails lately for this address or from this client: 429. */
public class AccountRequestsThrottled extends DomainException {

    private final long retryAfterSeconds;

    public AccountRequestsThrottled(long retryAfterSeconds) {
        super(429, "error.account.throttled", Math.max(1, (retryAfterSeconds + 59) / 60));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
