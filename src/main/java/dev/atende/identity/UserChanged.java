package dev.atende.identity;

/** A person was created or changed (name, address, role, organization...). */
public record UserChanged(long userId) {
}
