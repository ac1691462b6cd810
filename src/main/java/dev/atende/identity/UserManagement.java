package dev.atende.identity;

import dev.atende.shared.EmailAddress;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import dev.atende.shared.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing people, with who-may-do-what checked here: admins manage everyone,
 * agents create customers (without a password) and rename them, everyone edits their own name,
 * language and password.
 */
@Service
@Transactional
public class UserManagement {

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD_BYTES = 72; // bcrypt ignores what comes after

    private final Users users;
    private final Organizations organizations;
    private final Groups groups;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserManagement(Users users, Organizations organizations, Groups groups, PasswordEncoder passwords, Clock clock,
            ApplicationEventPublisher events) {
        this.users = users;
        this.organizations = organizations;
        this.groups = groups;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public User get(Actor actor, long id) {
        if (actor.isCustomer() && actor.id() != id) {
            throw new NotFoundException("error.user.notFound");
        }
        return users.findById(id).orElseThrow(() -> new NotFoundException("error.user.notFound"));
    }

    @Transactional(readOnly = true)
    public PageResult<User> list(Actor actor, Role role, String query, Long organizationId, PageRequest page) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
        String term = Texts.withoutControlCharacters(query);
        String like = term == null || term.isBlank() ? null : "%" + term.strip().toLowerCase(Locale.ROOT) + "%";
        var result = users.search(role, like, organizationId,
                org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
        return new PageResult<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

    public User create(Actor actor, NewUser draft) {
        Role role = draft.role() == null ? Role.CUSTOMER : Role.fromCode(draft.role());
        var problems = new InvalidInputException.Collector();
        if (role == null) {
            problems.add("role", "error.field.unknownValue", draft.role());
        }
        if (!actor.isAdmin() && (!actor.isStaff() || role != Role.CUSTOMER)) {
            throw new ForbiddenException("error.user.createForbidden");
        }
        if (!actor.isAdmin() && draft.password() != null) {
            // an agent who set a customer's password could sign in as them and read their organization's tickets
            throw new ForbiddenException("error.user.passwordByAdmin");
        }
        EmailAddress email = parseEmail(draft.email(), problems);
        if (email != null && users.findByEmail(email.value()).isPresent()) {
            problems.add("email", "error.email.taken");
        }
        String name = draft.name() == null || draft.name().isBlank()
                ? email == null ? null : email.value().substring(0, email.value().indexOf('@'))
                : draft.name().strip();
        if (email != null || name != null) {
            checkName(name, problems);
        }
        checkPassword(draft.password(), problems);
        checkLocale(draft.locale(), problems);
        Long organizationId = draft.organizationId();
        if (organizationId != null && !organizations.existsById(organizationId)) {
            problems.add("organization", "error.organization.notFound");
        }
        Set<Long> groupIds = new HashSet<>(draft.groupIds() == null ? List.of() : draft.groupIds());
        checkGroups(role, groupIds, problems);
        problems.throwIfAny();

        var now = clock.instant();
        var user = new User(email, name, role, now);
        if (draft.password() != null) {
            user.setPasswordHash(passwords.encode(draft.password()), now);
        }
        if (organizationId == null && role == Role.CUSTOMER) {
            organizationId = organizations.findByDomain(email.domain()).map(Organization::id).orElse(null);
        }
        user.moveToOrganization(organizationId, now);
        user.changeLocale(Locales.parse(draft.locale()) == null ? null : Locales.parse(draft.locale()).toLanguageTag(), now);
        user.changeGroups(groupIds, now);
        return changed(users.save(user));
    }

    /**
     * The customer with this address, created when unknown (placed in the organization that
     * owns the address's domain). Used when a ticket arrives for someone new.
     */
    public User findOrCreateCustomer(EmailAddress email, String name) {
        return users.findByEmail(email.value()).orElseGet(() -> {
            var now = clock.instant();
            String displayName = name == null || name.isBlank() ? email.value().substring(0, email.value().indexOf('@'))
                    : name.strip();
            var problems = new InvalidInputException.Collector();
            checkName(displayName, problems);
            problems.throwIfAny();
            var user = new User(email, displayName, Role.CUSTOMER, now);
            user.moveToOrganization(organizations.findByDomain(email.domain()).map(Organization::id).orElse(null), now);
            return changed(users.save(user));
        });
    }

    public User update(Actor actor, long id, UserChanges changes) {
        User user = get(actor, id);
        boolean self = actor.id() == id;
        boolean agentOnCustomer = actor.isStaff() && user.role() == Role.CUSTOMER;
        if (!actor.isAdmin() && !self && !agentOnCustomer) {
            throw new ForbiddenException("error.user.updateForbidden");
        }
        if (!actor.isAdmin() && (changes.role().present() || changes.groupIds().present())) {
            throw new ForbiddenException("error.user.updateForbidden");
        }
        // who belongs to which company, and where a customer's mail goes, decide what they see: admins only
        if (!actor.isAdmin() && (changes.active().present() || changes.organizationId().present()
                || changes.email().present())) {
            throw new ForbiddenException("error.user.updateForbidden");
        }
        var problems = new InvalidInputException.Collector();
        var now = clock.instant();
        if (changes.email().present()) {
            EmailAddress email = EmailAddress.of("email", changes.email().value());
            users.findByEmail(email.value()).filter(other -> !other.id().equals(id))
                    .ifPresent(other -> problems.add("email", "error.email.taken"));
            user.changeEmail(email, now);
        }
        if (changes.name().present()) {
            checkName(changes.name().value(), problems);
            user.rename(changes.name().value(), now);
        }
        if (changes.locale().present()) {
            checkLocale(changes.locale().value(), problems);
            Locale locale = Locales.parse(changes.locale().value());
            user.changeLocale(locale == null ? null : locale.toLanguageTag(), now);
        }
        if (changes.timeZone().present()) {
            String zone = changes.timeZone().value() == null || changes.timeZone().value().isBlank() ? null
                    : changes.timeZone().value().strip();
            if (zone != null && !TimeZones.isKnown(zone)) {
                problems.add("timeZone", "error.user.timeZone", zone.length() > 64 ? zone.substring(0, 64) : zone);
            } else {
                user.changeTimeZone(zone, now);
            }
        }
        if (changes.notices().present()) {
            if (!actor.isAdmin() && !self) {
                throw new ForbiddenException("error.user.updateForbidden");
            }
            if (!user.role().worksTickets()) {
                problems.add("notifications", "error.user.noticesForStaff");
            } else if (changes.notices().value() != null) {
                Set<AgentNotice> off = new HashSet<>(user.noticesOff());
                changes.notices().value().forEach((notice, on) -> {
                    if (Boolean.TRUE.equals(on)) {
                        off.remove(notice);
                    } else {
                        off.add(notice);
                    }
                });
                user.changeNoticesOff(off, now);
            }
        }
        if (changes.organizationId().present()) {
            Long orgId = changes.organizationId().value();
            if (orgId != null && !organizations.existsById(orgId)) {
                problems.add("organization", "error.organization.notFound");
            }
            user.moveToOrganization(orgId, now);
        }
        Role newRole = changes.role().present() ? changes.role().value() : user.role();
        boolean wasAdmin = user.role() == Role.ADMIN && user.isActive();
        if (changes.role().present()) {
            if (newRole == null) {
                problems.add("role", "error.field.required");
            } else {
                user.changeRole(newRole, now);
            }
        }
        if (changes.groupIds().present()) {
            Set<Long> groupIds = new HashSet<>(changes.groupIds().value());
            checkGroups(user.role(), groupIds, problems);
            user.changeGroups(groupIds, now);
        }
        if (changes.active().present()) {
            user.setActive(changes.active().value(), now);
        }
        if (wasAdmin && (user.role() != Role.ADMIN || !user.isActive()) && countOtherActiveAdmins(id) == 0) {
            problems.add(changes.role().present() ? "role" : "active", "error.user.lastAdmin");
        }
        if (changes.password().present()) {
            if (self && !actor.isAdmin() && (!changes.currentPassword().present() || user.passwordHash() != null
                    && !passwords.matches(String.valueOf(changes.currentPassword().value()), user.passwordHash()))) {
                problems.add("currentPassword", "error.password.current");
            }
            if (!self && !actor.isAdmin()) {
                throw new ForbiddenException("error.user.updateForbidden");
            }
            String password = changes.password().value();
            if (password == null) {
                problems.add("password", "error.field.required");
            } else {
                checkPassword(password, problems);
                if (passwordFits(password)) { // bcrypt refuses what does not
                    user.setPasswordHash(passwords.encode(password), now);
                }
            }
        }
        problems.throwIfAny();
        return changed(user);
    }

    private User changed(User user) {
        events.publishEvent(new UserChanged(user.id()));
        return user;
    }

    /** The address, or null with its problem collected, so that the caller learns every problem at once. */
    static EmailAddress parseEmail(String value, InvalidInputException.Collector problems) {
        try {
            return EmailAddress.of("email", value);
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
            return null;
        }
    }

    private long countOtherActiveAdmins(long exceptId) {
        return users.countByRoleAndActiveTrueAndIdNot(Role.ADMIN, exceptId);
    }

    private void checkGroups(Role role, Set<Long> groupIds, InvalidInputException.Collector problems) {
        if (groupIds.isEmpty()) {
            return;
        }
        if (role == Role.CUSTOMER) {
            problems.add("groups", "error.user.customerGroups");
        } else if (groups.findAllById(groupIds).size() != groupIds.size()) {
            problems.add("groups", "error.group.notFound");
        }
    }

    static void checkName(String name, InvalidInputException.Collector problems) {
        if (name == null || name.isBlank()) {
            problems.add("name", "error.field.required");
        } else if (Texts.hasControlCharacters(name)) {
            problems.add("name", "error.field.control");
        } else if (name.length() > 200) {
            problems.add("name", "error.field.tooLong", 200);
        }
    }

    static void checkPassword(String password, InvalidInputException.Collector problems) {
        if (password == null) {
            return;
        }
        if (password.length() < MIN_PASSWORD) {
            problems.add("password", "error.password.short", MIN_PASSWORD);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("password", "error.password.long", MAX_PASSWORD_BYTES);
        }
    }

    private static boolean passwordFits(String password) {
        return password.length() >= MIN_PASSWORD
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static void checkLocale(String locale, InvalidInputException.Collector problems) {
        if (locale != null && Locales.parse(locale) == null) {
            problems.add("locale", "error.field.unknownValue", locale);
        }
    }
}
