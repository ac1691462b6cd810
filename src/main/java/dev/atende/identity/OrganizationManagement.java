package dev.atende.identity;

import dev.atende.shared.Change;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer organizations: staff read them, admins change them; a domain belongs to one. */
@Service
@Transactional
public class OrganizationManagement {

    static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final Organizations organizations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganizationManagement(Organizations organizations, Clock clock, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Organization> list(Actor actor) {
        requireStaff(actor);
        return organizations.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Organization get(Actor actor, long id) {
        if (actor.isCustomer() && !Long.valueOf(id).equals(actor.organizationId())) {
            throw new NotFoundException("error.organization.notFound");
        }
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("error.organization.notFound"));
    }

    public Organization create(Actor actor, String name, Boolean shared, List<String> domains) {
        requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        String cleanName = checkName(name, null, problems);
        Set<String> cleanDomains = checkDomains(domains, null, problems);
        problems.throwIfAny();
        return changed(organizations.save(new Organization(cleanName, Boolean.TRUE.equals(shared), cleanDomains,
                clock.instant())));
    }

    public Organization update(Actor actor, long id, Change<String> name, Change<Boolean> shared,
            Change<List<String>> domains) {
        requireAdmin(actor);
        Organization organization = get(actor, id);
        var problems = new InvalidInputException.Collector();
        if (name.present()) {
            organization.rename(checkName(name.value(), organization.id(), problems));
        }
        if (shared.present()) {
            organization.share(Boolean.TRUE.equals(shared.value()));
        }
        if (domains.present()) {
            organization.changeDomains(checkDomains(domains.value(), organization.id(), problems));
        }
        problems.throwIfAny();
        return changed(organization);
    }

    private Organization changed(Organization organization) {
        events.publishEvent(new OrganizationChanged(organization.id()));
        return organization;
    }

    private String checkName(String name, Long self, InvalidInputException.Collector problems) {
        if (name == null || name.isBlank()) {
            problems.add("name", "error.field.required");
            return name;
        }
        String clean = name.strip();
        if (clean.length() > 200) {
            problems.add("name", "error.field.tooLong", 200);
        }
        organizations.findByNameIgnoreCase(clean).filter(o -> !o.id().equals(self))
                .ifPresent(o -> problems.add("name", "error.organization.nameTaken"));
        return clean;
    }

    private Set<String> checkDomains(List<String> domains, Long self, InvalidInputException.Collector problems) {
        Set<String> clean = new TreeSet<>();
        for (String domain : domains == null ? List.<String>of() : domains) {
            String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(d).matches()) {
                problems.add("domains", "error.organization.domainInvalid", String.valueOf(domain));
                continue;
            }
            organizations.findByDomain(d).filter(o -> !o.id().equals(self))
                    .ifPresent(o -> problems.add("domains", "error.organization.domainTaken", d, o.name()));
            clean.add(d);
        }
        return clean;
    }

    static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
