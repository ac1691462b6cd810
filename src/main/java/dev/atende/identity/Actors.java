package dev.atende.identity;

import dev.atende.shared.Locales;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link Actor} for a signed-in user id, from current data. */
@Service
@Transactional(readOnly = true)
public class Actors {

    private final Users users;
    private final Organizations organizations;
    private final Groups groups;

    Actors(Users users, Organizations organizations, Groups groups) {
        this.users = users;
        this.organizations = organizations;
        this.groups = groups;
    }

    /** The actor, or empty when the user is gone or deactivated. */
    public Optional<Actor> load(long userId) {
        return users.findById(userId).filter(User::isActive).map(this::toActor);
    }

    Actor toActor(User user) {
        boolean shared = user.organizationId() != null
                && organizations.findById(user.organizationId()).map(Organization::isShared).orElse(false);
        Locale locale = Locales.parse(user.locale());
        return new Actor(user.id(), user.email(), user.name(), user.role(), user.organizationId(), shared,
                user.groupIds(), locale, visibleGroups(user));
    }

    /** The user's groups, plus every group of a lower level than one of theirs that sees lower levels. */
    private Set<Long> visibleGroups(User user) {
        if (!user.role().worksTickets() || user.groupIds().isEmpty()) {
            return user.groupIds();
        }
        List<Group> all = groups.findAll();
        int reach = all.stream().filter(g -> user.groupIds().contains(g.id()) && g.seesLowerLevels())
                .mapToInt(Group::level).max().orElse(0);
        Set<Long> visible = new HashSet<>(user.groupIds());
        all.stream().filter(g -> g.level() < reach).forEach(g -> visible.add(g.id()));
        return visible;
    }
}
