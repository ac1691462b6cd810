package dev.atende.routing.internal;

import dev.atende.identity.AssignmentMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks one agent out of the candidates, by a group's assignment mode. Pure: no database, no clock. */
final class Strategies {

    private static final Comparator<Candidate> BY_LOAD = Comparator.comparingLong(Candidate::load)
            .thenComparingLong(Candidate::agentId);

    private static final Comparator<Candidate> BY_SKILL = Comparator.comparingInt(Candidate::skillsMatched).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::skillLevels).reversed())
            .thenComparing(BY_LOAD);

    private Strategies() {
    }

    /**
     * The chosen agent; empty when nobody has room (or the mode is manual). Round-robin goes on
     * after {@code lastAgent} in id order, wrapping around.
     */
    static Optional<Candidate> choose(AssignmentMode mode, List<Candidate> candidates, Long lastAgent) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        switch (mode) {
            case ROUND_ROBIN: {
                List<Candidate> inOrder = candidates.stream().sorted(Comparator.comparingLong(Candidate::agentId)).toList();
                return Optional.of(inOrder.stream().filter(c -> lastAgent == null || c.agentId() > lastAgent)
                        .findFirst().orElse(inOrder.get(0)));
            }
            case LEAST_LOADED:
                return candidates.stream().min(BY_LOAD);
            case SKILL_BASED:
                return candidates.stream().min(BY_SKILL);
            default:
                return Optional.empty();
        }
    }
}
