package dev.atende.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The IANA time zones a person may choose ("America/Sao_Paulo"), not offsets or abbreviations. */
public final class TimeZones {

    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();
    private static final List<String> CHOICES = KNOWN.stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    private TimeZones() {
    }

    public static boolean isKnown(String zone) {
        return zone != null && zone.length() <= 64 && KNOWN.contains(zone);
    }

    /** Region zones, sorted, for a picker ("UTC" is offered apart). */
    public static List<String> choices() {
        return CHOICES;
    }

    /** The zone, or the server's when it is null or unknown. */
    public static ZoneId of(String zone) {
        return isKnown(zone) ? ZoneId.of(zone) : ZoneId.systemDefault();
    }
}
