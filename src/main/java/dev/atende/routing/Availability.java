package dev.atende.routing;

import java.time.Instant;

/**
 * An agent's availability: a status, and when it ends ({@code until}, e.g. out of office until a
 * date), after which the agent is online again. Agents who never set one are online.
 */
public record Availability(long userId, AvailabilityStatus status, Instant until) {

    public static Availability online(long userId) {
        return new Availability(userId, AvailabilityStatus.ONLINE, null);
    }

    /** The status in force at {@code now}: a status whose end has passed is over. */
    public AvailabilityStatus at(Instant now) {
        return until != null && !now.isBefore(until) ? AvailabilityStatus.ONLINE : status;
    }

    public boolean isAvailable(Instant now) {
        return at(now) == AvailabilityStatus.ONLINE;
    }
}
