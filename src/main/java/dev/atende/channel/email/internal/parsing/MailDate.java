package dev.atende.channel.email.internal.parsing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Date header the way mail really writes it: RFC 5322 and its obsolete forms (two-digit
 * years, zone names, comments, folds), asctime order, ISO 8601, a missing zone (UTC), a missing
 * weekday or seconds, Portuguese month names. Null when no day, month and year can be found.
 */
final class MailDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Map<String, Integer> OTHER_MONTHS = Map.of(
            "fev", 2, "abr", 4, "mai", 5, "ago", 8, "set", 9, "out", 10, "dez", 12);
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
            Map.entry("edt", -4), Map.entry("est", -5), Map.entry("cdt", -5), Map.entry("cst", -6),
            Map.entry("mdt", -6), Map.entry("mst", -7), Map.entry("pdt", -7), Map.entry("pst", -8),
            Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("met", 1), Map.entry("cest", 2), Map.entry("mest", 2),
            Map.entry("eet", 2), Map.entry("msk", 3), Map.entry("ist", 5), Map.entry("jst", 9), Map.entry("brt", -3));

    private MailDate() {
    }

    static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = HeaderParams.withoutComments(raw.replace('\r', ' ').replace('\n', ' ')).strip();
        int semicolon = text.lastIndexOf(';'); // a Received header: the date follows the last ';'
        if (semicolon >= 0) {
            text = text.substring(semicolon + 1);
        }
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.find()) {
                return fromIso(iso);
            }
            return fromWords(text);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant fromIso(Matcher iso) {
        int hour = iso.group(4) == null ? 0 : Integer.parseInt(iso.group(4));
        int minute = iso.group(5) == null ? 0 : Integer.parseInt(iso.group(5));
        int second = iso.group(6) == null ? 0 : Math.min(59, Integer.parseInt(iso.group(6)));
        ZoneOffset zone = iso.group(7) == null || iso.group(7).equals("Z") ? ZoneOffset.UTC : numericZone(iso.group(7));
        return OffsetDateTime.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3)), hour, minute, second, 0, zone).toInstant();
    }

    private static Instant fromWords(String text) {
        Integer month = null;
        Integer day = null;
        Integer year = null;
        int[] time = {0, 0, 0};
        ZoneOffset zone = null;
        for (String token : text.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher clock = TIME.matcher(token);
            if (clock.lookingAt() && token.indexOf(':') > 0) {
                time = new int[] {Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)),
                        clock.group(3) == null ? 0 : Math.min(59, Integer.parseInt(clock.group(3)))};
                String rest = token.substring(clock.end());
                if (!rest.isEmpty() && zone == null) {
                    zone = zone(rest);
                }
            } else if ((token.charAt(0) == '+' || token.charAt(0) == '-') && token.length() > 1) {
                zone = numericZone(token);
            } else if (token.chars().allMatch(Character::isDigit)) {
                int number = Integer.parseInt(token.length() > 9 ? token.substring(0, 9) : token);
                if (day == null && token.length() <= 2) {
                    day = number;
                } else if (year == null) {
                    year = token.length() <= 2 ? (number < 50 ? 2000 + number : 1900 + number)
                            : token.length() == 3 ? 1900 + number : number;
                }
            } else if (Character.isLetter(token.charAt(0))) {
                Integer named = month(token);
                if (named != null && month == null) {
                    month = named;
                } else if (named == null && month != null && zone == null) {
                    zone = zone(token); // a zone name comes after the month
                }
            }
        }
        if (month == null || day == null || year == null) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, time[0], time[1], time[2], 0, zone == null ? ZoneOffset.UTC : zone)
                .toInstant();
    }

    private static Integer month(String token) {
        if (token.length() < 3) {
            return null;
        }
        String prefix = token.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        return OTHER_MONTHS.get(prefix);
    }

    private static ZoneOffset zone(String token) {
        String name = token.toLowerCase(Locale.ROOT);
        if (name.startsWith("+") || name.startsWith("-")) {
            return numericZone(name);
        }
        for (int length = Math.min(4, name.length()); length > 0; length--) {
            Integer hours = ZONES.get(name.substring(0, length)); // "EST5EDT" starts with EST
            if (hours != null) {
                return ZoneOffset.ofHours(hours);
            }
        }
        return ZoneOffset.UTC; // military letters and unknown names: RFC 5322 says treat as +0000
    }

    private static ZoneOffset numericZone(String token) {
        String digits = token.substring(1).replace(":", "");
        if (!digits.chars().allMatch(Character::isDigit) || digits.isEmpty() || digits.length() > 4) {
            return ZoneOffset.UTC;
        }
        if (digits.length() <= 2) {
            digits = digits + "00";
        } else if (digits.length() == 3) {
            digits = "0" + digits; // "-600"
        }
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = Integer.parseInt(digits.substring(2));
        if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return ZoneOffset.UTC;
        }
        int sign = token.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
