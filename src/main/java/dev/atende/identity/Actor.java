package dev.atende.identity;

import java.util.Locale;
import java.util.Set;

/**
 * The person behind the current request, as services need them for permission checks:
 * loaded fresh per request so that changed groups or a deactivation take effect at once.
 */
public record Actor(long id, String email, String name, Role role, Long organizationId,
        boolean organizationShared, Set<Long> groupIds, Locale locale, Set<Long> visibleGroupIds) {

    public Actor {
        groupIds = Set.copyOf(groupIds);
        var visible = new java.util.HashSet<>(groupIds);
        visible.addAll(visibleGroupIds == null ? Set.of() : visibleGroupIds);
        visibleGroupIds = Set.copyOf(visible);
    }

    /** An actor who sees the tickets of their own groups only. */
    public Actor(long id, String email, String name, Role role, Long organizationId, boolean organizationShared,
            Set<Long> groupIds, Locale locale) {
        this(id, email, name, role, organizationId, organizationShared, groupIds, locale, groupIds);
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

    /**
     * Whether the tickets of this group are open to this agent: their own groups, and those of
     * lower levels when one of their groups sees lower levels (an L2 looking at L1's queue).
     */
    public boolean seesGroup(Long groupId) {
        return groupId != null && visibleGroupIds.contains(groupId);
    }
}
