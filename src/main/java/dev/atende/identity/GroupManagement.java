package dev.atende.identity;

import static dev.atende.identity.OrganizationManagement.requireAdmin;
import static dev.atende.identity.OrganizationManagement.requireStaff;

import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support groups and their levels. A group may only escalate to a group of a higher level, so
 * an escalation chain can never loop.
 */
@Service
@Transactional
public class GroupManagement {

    private final Groups groups;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GroupManagement(Groups groups, Clock clock, ApplicationEventPublisher events) {
        this.groups = groups;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Group> list(Actor actor) {
        requireStaff(actor);
        return groups.findAllByOrderByLevelAscNameAsc();
    }

    @Transactional(readOnly = true)
    public Group get(Actor actor, long id) {
        requireStaff(actor);
        return groups.findById(id).orElseThrow(() -> new NotFoundException("error.group.notFound"));
    }

    public Group create(Actor actor, String name, Integer level, Long escalatesTo) {
        requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        String clean = checkName(name, null, problems);
        int lvl = level == null ? 1 : level;
        checkLevel(lvl, problems);
        problems.throwIfAny();
        var group = new Group(clean, lvl, clock.instant());
        checkEscalation(group, escalatesTo, problems);
        problems.throwIfAny();
        group.escalateTo(escalatesTo);
        return groups.save(group);
    }

    public Group update(Actor actor, long id, Change<String> name, Change<Integer> level, Change<Long> escalatesTo) {
        return update(actor, id, name, level, escalatesTo, GroupRouting.unchanged());
    }

    /** Also changes how the group routes its tickets; a routing change is published for the assigner. */
    public Group update(Actor actor, long id, Change<String> name, Change<Integer> level, Change<Long> escalatesTo,
            GroupRouting routing) {
        requireAdmin(actor);
        Group group = get(actor, id);
        var problems = new InvalidInputException.Collector();
        if (name.present()) {
            group.rename(checkName(name.value(), group.id(), problems));
        }
        if (level.present()) {
            int lvl = level.value() == null ? 0 : level.value();
            checkLevel(lvl, problems);
            group.changeLevel(lvl);
            for (Group lower : groups.findByEscalatesToId(group.id())) {
                if (lower.level() >= lvl) {
                    problems.add("level", "error.group.levelBelowFeeder", lower.name());
                }
            }
        }
        Long target = escalatesTo.present() ? escalatesTo.value() : group.escalatesToId();
        checkEscalation(group, target, problems);
        AssignmentMode mode = routing.assignment().present() ? routing.assignment().value() : group.assignment();
        if (mode == null) {
            problems.add("assignment", "error.field.required");
        }
        Integer max = routing.maxOpenPerAgent().present() ? routing.maxOpenPerAgent().value() : group.maxOpenPerAgent();
        if (max != null && (max < 1 || max > 10000)) {
            problems.add("maxOpenPerAgent", "error.group.maxOpen", 10000);
        }
        if (routing.seesLowerLevels().present() && routing.seesLowerLevels().value() == null) {
            problems.add("seesLowerLevels", "error.field.required");
        }
        problems.throwIfAny();
        group.escalateTo(target);
        if (!routing.isEmpty()) {
            group.route(mode, max);
            routing.seesLowerLevels().ifPresent(group::seeLowerLevels);
            events.publishEvent(new GroupRoutingChanged(group.id()));
        }
        return group;
    }

    private void checkEscalation(Group group, Long target, InvalidInputException.Collector problems) {
        if (target == null) {
            return;
        }
        groups.findById(target).ifPresentOrElse(
                next -> {
                    if (next.level() <= group.level()) {
                        problems.add("escalatesTo", "error.group.escalatesDown");
                    }
                },
                () -> problems.add("escalatesTo", "error.group.notFound"));
    }

    private String checkName(String name, Long self, InvalidInputException.Collector problems) {
        if (name == null || name.isBlank()) {
            problems.add("name", "error.field.required");
            return name;
        }
        String clean = name.strip();
        if (clean.length() > 100) {
            problems.add("name", "error.field.tooLong", 100);
        }
        groups.findByNameIgnoreCase(clean).filter(g -> !g.id().equals(self))
                .ifPresent(g -> problems.add("name", "error.group.nameTaken"));
        return clean;
    }

    private static void checkLevel(int level, InvalidInputException.Collector problems) {
        if (level < 1 || level > 9) {
            problems.add("level", "error.group.level");
        }
    }
}
