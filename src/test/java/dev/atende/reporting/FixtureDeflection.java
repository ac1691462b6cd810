package dev.atende.reporting;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Help-center deflection for the tests until the knowledge module is merged: counts per exact period. */
@Component
public class FixtureDeflection implements DeflectionSource {

    private static final Map<String, Counts> COUNTS = new ConcurrentHashMap<>();

    public static void put(Instant from, Instant to, Counts counts) {
        COUNTS.put(from + "/" + to, counts);
    }

    @Override
    public Counts counts(Instant from, Instant to) {
        return COUNTS.getOrDefault(from + "/" + to, new Counts(0, 0));
    }
}
