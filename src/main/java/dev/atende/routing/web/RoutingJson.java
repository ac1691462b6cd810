package dev.atende.routing.web;

import dev.atende.identity.GroupRef;
import dev.atende.routing.AgentSkill;
import dev.atende.routing.Availability;
import dev.atende.routing.RoutedCategory;
import dev.atende.routing.Skill;
import java.time.Instant;
import java.util.List;

/** The routing API's JSON shapes. */
final class RoutingJson {

    private RoutingJson() {
    }

    record CategoryJson(long id, String name, String path, Long parent, Long group, int complexity,
            List<Long> requiredSkills) {

        static CategoryJson of(RoutedCategory r) {
            var c = r.category();
            return new CategoryJson(c.id(), c.name(), r.path(), c.parentId(), c.defaultGroupId(), c.complexity(),
                    r.requiredSkills());
        }
    }

    record SkillJson(long id, String name) {

        static SkillJson of(Skill s) {
            return new SkillJson(s.id(), s.name());
        }
    }

    record AgentSkillJson(long skill, String name, int level) {

        static AgentSkillJson of(AgentSkill s) {
            return new AgentSkillJson(s.skillId(), s.name(), s.level());
        }
    }

    record AvailabilityJson(long user, String status, Instant until) {

        static AvailabilityJson of(Availability a) {
            return new AvailabilityJson(a.userId(), a.status().code(), a.until());
        }
    }

    record EscalatedJson(long id, String number, GroupRef group, Long assignee, long version) {
    }
}
