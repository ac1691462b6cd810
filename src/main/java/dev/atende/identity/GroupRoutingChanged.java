package dev.atende.identity;

/** A group's assignment mode or capacity changed: waiting tickets may now find an agent. */
public record GroupRoutingChanged(long groupId) {
}
