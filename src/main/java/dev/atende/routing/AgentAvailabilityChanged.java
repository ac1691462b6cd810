package dev.atende.routing;

/** An agent's availability changed; {@code available} when they take tickets now. */
public record AgentAvailabilityChanged(long userId, boolean available) {
}
