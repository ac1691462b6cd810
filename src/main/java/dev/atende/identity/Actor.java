package dev.atende.identity;

import java.util.Locale;
import java.util.Set;

/**
 * The person behind the current request, as services need them for permission checks:
 * loaded fresh per request so that changed groups or a deactivation take effect at once.
 */
public record Actor(long id, String email, String name, Role role, Long organizationId,
        boolean organizationShared, Set<Long> groupIds, Locale locale) {

    public Actor {
        groupIds = Set.copyOf(groupIds);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    /** Agents and admins. */
    public boolean isStaff() {
        return role.worksTickets();
    }

    public boolean belongsTo(Long groupId) {
        return groupId != null && groupIds.contains(groupId);
    }
}
