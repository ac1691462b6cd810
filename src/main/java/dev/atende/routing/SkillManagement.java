package dev.atende.routing;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.routing.internal.RoutingStore;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The skills the team knows of, and which agent has which at what level (1-5). Admins manage them. */
@Service
@Transactional
public class SkillManagement {

    static final int MAX_NAME = 64;
    static final int MAX_PER_AGENT = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._+#/-]*");

    private final RoutingStore store;
    private final Directory directory;
    private final Clock clock;

    SkillManagement(RoutingStore store, Directory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Skill> list(Actor actor) {
        Guards.requireStaff(actor);
        return store.skills();
    }

    public Skill create(Actor actor, String name) {
        Guards.requireAdmin(actor);
        String clean = name == null ? "" : name.strip();
        var problems = new InvalidInputException.Collector();
        if (clean.isEmpty()) {
            problems.add("name", "error.field.required");
        } else if (clean.length() > MAX_NAME) {
            problems.add("name", "error.field.tooLong", MAX_NAME);
        } else if (!NAME.matcher(clean).matches()) {
            problems.add("name", "error.skill.name");
        } else if (store.skillNamed(clean).isPresent()) {
            problems.add("name", "error.skill.nameTaken");
        }
        problems.throwIfAny();
        return store.addSkill(clean, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<AgentSkill> agentSkills(Actor actor, long userId) {
        Guards.requireStaff(actor);
        agent(userId);
        return store.agentSkills(userId);
    }

    /** Replaces the agent's skills: {@code levels} maps skill id to level. */
    public List<AgentSkill> setAgentSkills(Actor actor, long userId, List<SkillLevel> levels) {
        Guards.requireAdmin(actor);
        agent(userId);
        var problems = new InvalidInputException.Collector();
        if (levels.size() > MAX_PER_AGENT) {
            problems.add("skills", "error.field.tooMany", MAX_PER_AGENT);
            problems.throwIfAny();
        }
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        var known = store.existingSkills(levels.stream().map(SkillLevel::skill).filter(s -> s != null).toList());
        for (int i = 0; i < levels.size(); i++) {
            SkillLevel entry = levels.get(i);
            String at = "[" + i + "]";
            if (entry.skill() == null) {
                problems.add(at + ".skill", "error.field.required");
            } else if (!known.contains(entry.skill())) {
                problems.add(at + ".skill", "error.skill.notFound");
            } else if (wanted.containsKey(entry.skill())) {
                problems.add(at + ".skill", "error.skill.duplicate");
            }
            if (entry.level() == null || entry.level() < AgentSkill.MIN_LEVEL || entry.level() > AgentSkill.MAX_LEVEL) {
                problems.add(at + ".level", "error.skill.level", AgentSkill.MIN_LEVEL, AgentSkill.MAX_LEVEL);
            }
            if (entry.skill() != null && entry.level() != null) {
                wanted.putIfAbsent(entry.skill(), entry.level());
            }
        }
        problems.throwIfAny();
        store.replaceAgentSkills(userId, wanted);
        return store.agentSkills(userId);
    }

    /** One skill at one level, as the API receives it. */
    public record SkillLevel(Long skill, Integer level) {
    }

    private User agent(long userId) {
        return directory.user(userId).filter(u -> u.role().worksTickets())
                .orElseThrow(() -> new NotFoundException("error.user.notFound"));
    }
}
