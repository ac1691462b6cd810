package dev.atende.identity;

/** A person as other modules show them: {@code {"id", "email", "name"}}. */
public record UserRef(long id, String email, String name) {
}
