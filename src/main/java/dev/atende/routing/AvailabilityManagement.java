package dev.atende.routing;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.routing.internal.RoutingStore;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' availability: an agent sets their own, admins anyone's. An agent coming online (or
 * whose time away ends) is published, so that waiting tickets find them.
 */
@Service
@Transactional
public class AvailabilityManagement {

    /** How far ahead an absence may be planned. */
    static final Duration MAX_AHEAD = Duration.ofDays(366);

    private final RoutingStore store;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AvailabilityManagement(RoutingStore store, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The agent's availability as it is now (an ended absence reads as online). */
    @Transactional(readOnly = true)
    public Availability get(Actor actor, long userId) {
        Guards.requireStaff(actor);
        requireAgent(userId);
        return current(store.availability(userId));
    }

    public Availability set(Actor actor, long userId, AvailabilityStatus status, Instant until) {
        Guards.requireStaff(actor);
        if (!actor.isAdmin() && actor.id() != userId) {
            throw new ForbiddenException("error.availability.othersForbidden");
        }
        requireAgent(userId);
        Instant now = clock.instant();
        var problems = new InvalidInputException.Collector();
        if (status == null) {
            problems.add("status", "error.field.required");
        }
        if (until != null && status == AvailabilityStatus.ONLINE) {
            problems.add("until", "error.availability.untilOnline");
        } else if (until != null && !until.isAfter(now)) {
            problems.add("until", "error.availability.untilPast");
        } else if (until != null && until.isAfter(now.plus(MAX_AHEAD))) {
            problems.add("until", "error.availability.untilFar", MAX_AHEAD.toDays());
        }
        problems.throwIfAny();
        boolean wasAvailable = store.availability(userId).isAvailable(now);
        var availability = new Availability(userId, status, until);
        store.saveAvailability(availability, now);
        boolean available = availability.isAvailable(now);
        if (available != wasAvailable || available) {
            events.publishEvent(new AgentAvailabilityChanged(userId, available));
        }
        return availability;
    }

    private Availability current(Availability stored) {
        Instant now = clock.instant();
        return stored.until() != null && !now.isBefore(stored.until()) ? Availability.online(stored.userId()) : stored;
    }

    private void requireAgent(long userId) {
        directory.user(userId).filter(u -> u.role().worksTickets())
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
    }
}
