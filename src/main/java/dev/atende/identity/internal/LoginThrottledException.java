package dev.atende.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super("too many failed sign-ins");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
