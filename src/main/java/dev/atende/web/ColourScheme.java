package dev.atende.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The colour scheme a person chose with the footer's switch: light, dark, or the system's
 * ({@link #AUTO}). Kept in a cookie rather than the profile, so it also holds for visitors of the
 * help center and the portal's sign-in page, and is known before the page is drawn.
 */
enum ColourScheme {
    AUTO, LIGHT, DARK;

    static final String COOKIE = "atende_scheme";

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code for the page's {@code data-theme}, or null to follow the system. */
    String attribute() {
        return this == AUTO ? null : code();
    }

    static ColourScheme parse(String code) {
        for (ColourScheme scheme : values()) {
            if (scheme.code().equals(code)) {
                return scheme;
            }
        }
        return null;
    }

    static ColourScheme of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    ColourScheme chosen = parse(cookie.getValue());
                    return chosen == null ? AUTO : chosen;
                }
            }
        }
        return AUTO;
    }
}
