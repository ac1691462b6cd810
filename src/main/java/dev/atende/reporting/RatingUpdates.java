package dev.atende.reporting;

import dev.atende.reporting.internal.RatingCatchUp;
import java.util.Collection;
import org.springframework.stereotype.Service;

/**
 * For a {@link RatingSource} to say that some tickets' surveys or ratings changed (after its own
 * transaction committed): their facts are copied from the source at once, in a transaction of
 * their own. Without this call they follow at the next catch-up (every few minutes).
 */
@Service
public class RatingUpdates {

    private final RatingCatchUp catchUp;

    RatingUpdates(RatingCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    public void changed(Collection<Long> ticketIds) {
        catchUp.copy(ticketIds);
    }
}
