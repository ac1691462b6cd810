package dev.atende.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps sign-up, password-reset and invitation mails from being used to flood a mailbox or to
 * probe addresses in bulk: a few requests per address and some more per client IP address in a
 * window. Requests are counted whether or not the address has an account, so the refusal tells
 * nothing about it. Counted per node, in memory, like the {@link LoginThrottle}.
 */
@Component
public class AccountRequestThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final AccountSettings settings;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    AccountRequestThrottle(AccountSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    private record Count(int count, Instant firstAt) {
    }

    /**
     * Counts one request for this address (and this client, when known) and answers 0 when it
     * may go on, else the seconds until it may; a refused request is not counted.
     */
    public synchronized long acquire(String address, String client) {
        Instant now = clock.instant();
        if (counts.size() > MAX_TRACKED) {
            counts.values().removeIf(c -> !now.isBefore(c.firstAt().plus(settings.window())));
        }
        String addressKey = "a:" + (address == null ? "" : address.strip().toLowerCase(Locale.ROOT));
        String clientKey = client == null ? null : "ip:" + client;
        long wait = Math.max(blockedFor(addressKey, settings.mailsPerAddress(), now),
                clientKey == null ? 0 : blockedFor(clientKey, settings.requestsPerClient(), now));
        if (wait > 0) {
            return wait;
        }
        count(addressKey, now);
        if (clientKey != null) {
            count(clientKey, now);
        }
        return 0;
    }

    private void count(String key, Instant now) {
        counts.merge(key, new Count(1, now), (old, one) -> now.isBefore(old.firstAt().plus(settings.window()))
                ? new Count(old.count() + 1, old.firstAt()) : one);
    }

    private long blockedFor(String key, int limit, Instant now) {
        Count c = counts.get(key);
        if (c == null || c.count() < limit) {
            return 0;
        }
        Instant until = c.firstAt().plus(settings.window());
        return now.isBefore(until) ? Math.max(1, Duration.between(now, until).toSeconds()) : 0;
    }
}
