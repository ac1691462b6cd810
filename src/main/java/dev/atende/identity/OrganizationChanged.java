package dev.atende.identity;

/** An organization was created or changed (name, domains, sharing). */
public record OrganizationChanged(long organizationId) {
}
