package dev.atende.routing;

/** How well (1 basic to 5 expert) an agent masters a skill. */
public record AgentSkill(long skillId, String name, int level) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;
}
