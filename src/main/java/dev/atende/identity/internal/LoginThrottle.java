package dev.atende.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one account from one
 * address within the window, ten times that from one address, or twenty times that for one
 * account from anywhere, further attempts are refused until the window has passed. Counting an
 * account per address first means a stranger who types someone's e-mail five times locks out
 * only themselves, not the account's owner. Counted per node, in memory.
 */
@Component
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 10;
    private static final int ACCOUNT_FACTOR = 20;
    private static final int MAX_TRACKED = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${atende.login.max-failures}") int maxFailures,
            @Value("${atende.login.window}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private record Failures(int count, Instant firstAt) {
    }

    /** Seconds until this account or address may try again; 0 when it may now. */
    public long retryAfterSeconds(String account, String address) {
        Instant now = clock.instant();
        return Math.max(blockedFor(accountKey(account) + "@" + address, maxFailures, now),
                Math.max(blockedFor(addressKey(address), maxFailures * ADDRESS_FACTOR, now),
                        blockedFor(accountKey(account), maxFailures * ACCOUNT_FACTOR, now)));
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> !now.isBefore(f.firstAt().plus(window)));
        }
        for (String key : new String[] {accountKey(account) + "@" + address, accountKey(account), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> now.isBefore(old.firstAt().plus(window))
                    ? new Failures(old.count() + 1, old.firstAt()) : one);
        }
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private long blockedFor(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < limit) {
            return 0;
        }
        Instant until = f.firstAt().plus(window);
        return now.isBefore(until) ? Math.max(1, Duration.between(now, until).toSeconds()) : 0;
    }

    private static String accountKey(String account) {
        return "a:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
