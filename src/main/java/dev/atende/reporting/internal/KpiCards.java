package dev.atende.reporting.internal;

import dev.atende.reporting.Kpis;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The KPI tiles of a dashboard: each value formatted for the reader, with its change against the previous period. */
public final class KpiCards {

    /** {@code change} is "+12 %" or "-3.0 pp"; {@code tone} is good, bad or empty when it cannot be judged. */
    public record Card(String key, String value, String previous, String change, String tone) {
    }

    private enum Kind { COUNT, DURATION, RATE }

    private enum Better { HIGHER, LOWER, NEITHER }

    private KpiCards() {
    }

    public static List<Card> of(Kpis k, Locale locale) {
        List<Card> cards = new ArrayList<>();
        add(cards, "created", k, x -> (double) x.created(), Kind.COUNT, Better.NEITHER, locale);
        add(cards, "solved", k, x -> (double) x.solved(), Kind.COUNT, Better.HIGHER, locale);
        add(cards, "firstResponseMedian", k, x -> x.firstResponseTime().median(), Kind.DURATION, Better.LOWER, locale);
        add(cards, "firstResponseBusinessMedian", k, x -> x.firstResponseBusinessTime().median(), Kind.DURATION,
                Better.LOWER, locale);
        add(cards, "resolutionMedian", k, x -> x.resolutionTime().median(), Kind.DURATION, Better.LOWER, locale);
        add(cards, "resolutionBusinessMedian", k, x -> x.resolutionBusinessTime().median(), Kind.DURATION,
                Better.LOWER, locale);
        add(cards, "firstContactResolution", k, Kpis::firstContactResolutionRate, Kind.RATE, Better.HIGHER, locale);
        add(cards, "reopenRate", k, Kpis::reopenRate, Kind.RATE, Better.LOWER, locale);
        add(cards, "slaCompliance", k, Kpis::slaCompliance, Kind.RATE, Better.HIGHER, locale);
        if (k.csat() != null) {
            add(cards, "csat", k, x -> x.csat().score(), Kind.RATE, Better.HIGHER, locale);
            add(cards, "csatResponseRate", k, x -> x.csat().responseRate(), Kind.RATE, Better.HIGHER, locale);
        }
        add(cards, "retention", k, x -> x.retention().rate(), Kind.RATE, Better.NEITHER, locale);
        if (k.deflection() != null) {
            add(cards, "deflection", k, x -> x.deflection().rate(), Kind.RATE, Better.HIGHER, locale);
        }
        return cards;
    }

    private static void add(List<Card> cards, String key, Kpis k, Function<Kpis, Double> read, Kind kind,
            Better better, Locale locale) {
        Double now = read.apply(k);
        Double before = k.previous() == null ? null : read.apply(k.previous());
        String change = "";
        String tone = "";
        if (now != null && before != null) {
            double delta = kind == Kind.RATE ? (now - before) * 100 : before == 0 ? Double.NaN : (now - before) / before * 100;
            if (!Double.isNaN(delta)) {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(1);
                f.setMinimumFractionDigits(kind == Kind.RATE ? 1 : 0);
                change = (delta > 0 ? "+" : "") + f.format(delta) + (kind == Kind.RATE ? " pp" : " %");
                if (better != Better.NEITHER && Math.abs(delta) >= 0.05) {
                    tone = (delta > 0) == (better == Better.HIGHER) ? "good" : "bad";
                }
            }
        }
        cards.add(new Card(key, format(now, kind, locale), format(before, kind, locale), change, tone));
    }

    static String format(Double value, Kind kind, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value);
            case RATE -> {
                NumberFormat f = NumberFormat.getPercentInstance(locale);
                f.setMaximumFractionDigits(1);
                yield f.format(value);
            }
            case DURATION -> duration(Math.round(value));
        };
    }

    /** 45 s, 12 min, 3 h 20 min, 2 d 4 h: the two largest units. */
    public static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
