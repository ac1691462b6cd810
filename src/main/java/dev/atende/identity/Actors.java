package dev.atende.identity;

import dev.atende.shared.Locales;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link Actor} for a signed-in user id, from current data. */
@Service
@Transactional(readOnly = true)
public class Actors {

    private final Users users;
    private final Organizations organizations;

    Actors(Users users, Organizations organizations) {
        this.users = users;
        this.organizations = organizations;
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
                user.groupIds(), locale);
    }
}
