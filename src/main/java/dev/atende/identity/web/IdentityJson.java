package dev.atende.identity.web;

import dev.atende.identity.AgentNotice;
import dev.atende.identity.Directory;
import dev.atende.identity.Group;
import dev.atende.identity.GroupRef;
import dev.atende.identity.Organization;
import dev.atende.identity.OrganizationRef;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API's JSON shapes for people, organizations and groups. */
final class IdentityJson {

    private IdentityJson() {
    }

    /** {@code notifications}: for agents and admins, which e-mail notices they get; null for customers. */
    record UserJson(long id, String email, String name, Role role, OrganizationRef organization,
            List<GroupRef> groups, String locale, boolean active, Instant createdAt, Instant updatedAt,
            String timeZone, Map<String, Boolean> notifications) {
    }

    record OrganizationJson(long id, String name, Set<String> domains, boolean shared, Instant createdAt) {
    }

    record GroupJson(long id, String name, int level, Long escalatesTo, String assignment, Integer maxOpenPerAgent,
            boolean seesLowerLevels, Instant createdAt) {
    }

    static UserJson of(User user, Directory directory) {
        OrganizationRef organization = user.organizationId() == null ? null
                : directory.organizations(List.of(user.organizationId())).get(user.organizationId());
        List<GroupRef> groups = directory.groups(user.groupIds()).values().stream()
                .sorted(Comparator.comparing(GroupRef::name)).toList();
        Map<String, Boolean> notices = null;
        if (user.role().worksTickets()) {
            notices = new LinkedHashMap<>();
            for (AgentNotice notice : AgentNotice.values()) {
                notices.put(notice.code(), user.wantsNotice(notice));
            }
        }
        return new UserJson(user.id(), user.email(), user.name(), user.role(), organization, groups, user.locale(),
                user.isActive(), user.createdAt(), user.updatedAt(), user.timeZone(), notices);
    }

    static OrganizationJson of(Organization o) {
        return new OrganizationJson(o.id(), o.name(), o.domains(), o.isShared(), o.createdAt());
    }

    static GroupJson of(Group g) {
        return new GroupJson(g.id(), g.name(), g.level(), g.escalatesToId(), g.assignment().code(),
                g.maxOpenPerAgent(), g.seesLowerLevels(), g.createdAt());
    }
}
