package dev.atende.automation.internal;

/**
 * The "matches" test: {@code *} stands for any run of characters, {@code ?} for one, anything
 * else for itself, case aside, over the whole value. No regular expressions, so no pattern can
 * make matching slow (the greedy walk with one backtrack point is linear in practice and at
 * worst text length times pattern length, both bounded).
 */
public final class Wildcard {

    /** Texts are tested on their first 64 KiB: enough for any rule, bounded for any body. */
    static final int MAX_TEXT = 64 * 1024;

    private Wildcard() {
    }

    public static boolean matches(String pattern, String text) {
        String p = pattern.toLowerCase(java.util.Locale.ROOT);
        String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        t = t.toLowerCase(java.util.Locale.ROOT);
        int ti = 0;
        int pi = 0;
        int star = -1;
        int mark = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == t.charAt(ti))) {
                ti++;
                pi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
