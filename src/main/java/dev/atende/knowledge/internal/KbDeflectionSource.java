package dev.atende.knowledge.internal;

import dev.atende.knowledge.Deflections;
import dev.atende.reporting.DeflectionSource;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The help center's deflection as reports read it: {@link Deflections}' two counts of the period. */
@Component
class KbDeflectionSource implements DeflectionSource {

    private final Deflections deflections;

    KbDeflectionSource(Deflections deflections) {
        this.deflections = deflections;
    }

    @Override
    public Counts counts(Instant from, Instant to) {
        return new Counts(deflections.deflected(from, to), deflections.sessionsWithSuggestions(from, to));
    }
}
