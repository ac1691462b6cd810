package dev.atende.channel.email.internal.polling;

import java.time.Duration;

/**
 * How long a failing mailbox waits before the next try: its poll interval doubled for each
 * failure in a row, at most an hour (but never less often than its own interval).
 */
public final class PollBackoff {

    static final Duration CAP = Duration.ofHours(1);

    private PollBackoff() {
    }

    public static Duration after(int failures, int pollIntervalSeconds) {
        Duration interval = Duration.ofSeconds(pollIntervalSeconds);
        Duration cap = interval.compareTo(CAP) > 0 ? interval : CAP;
        int doublings = Math.min(Math.max(failures, 0), 20);
        Duration wait = interval.multipliedBy(1L << doublings);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
