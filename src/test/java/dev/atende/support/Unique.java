package dev.atende.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names no other test uses: the databases are shared by every test of a run, so fixed names
 * and e-mails collide.
 */
public final class Unique {

    private static final AtomicLong COUNTER = new AtomicLong();

    private Unique() {
    }

    /** {@code prefix} plus a short suffix unique in this run and unlikely in any other: {@code "ACME-7k2f9x"}. */
    public static String name(String prefix) {
        return prefix + "-" + suffix();
    }

    /** An e-mail address at the test domain, e.g. {@code "ana-7k2f9x@people.atende.test"}. */
    public static String email(String localPrefix) {
        return (localPrefix + "-" + suffix() + "@people.atende.test").toLowerCase();
    }

    /** A domain name for an organization, e.g. {@code "acme-7k2f9x.test"}. */
    public static String domain(String prefix) {
        return (prefix + "-" + suffix() + ".test").toLowerCase();
    }

    private static String suffix() {
        return Long.toString(COUNTER.incrementAndGet(), 36)
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36);
    }
}
