package dev.atende.identity;

/** A group as other modules show it: {@code {"id", "name"}}. */
public record GroupRef(long id, String name) {
}
