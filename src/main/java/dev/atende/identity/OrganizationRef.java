package dev.atende.identity;

/** An organization as other modules show it: {@code {"id", "name"}}. */
public record OrganizationRef(long id, String name) {
}
