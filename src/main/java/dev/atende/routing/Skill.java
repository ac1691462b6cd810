package dev.atende.routing;

/** Something an agent can be good at ("linux", "sap", "redes"). */
public record Skill(long id, String name) {
}
