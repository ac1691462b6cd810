package dev.atende.routing.internal;

/**
 * An agent who may take the ticket now: available and below the group's maximum, with their
 * open-ticket count and how well they match the ticket category's required skills.
 */
record Candidate(long agentId, long load, int skillsMatched, int skillLevels) {
}
