package dev.atende.routing.internal;

import dev.atende.routing.AgentSkill;
import dev.atende.routing.Availability;
import dev.atende.routing.AvailabilityStatus;
import dev.atende.routing.Skill;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The routing module's own tables: skills, agents' skills and availability, round-robin state, the lock. */
@Repository
public class RoutingStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RoutingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Takes the assignment lock until the transaction ends: automatic assignments queue here, so
     * each one counts agents' tickets after the one before it committed.
     */
    public void lockAssignment() {
        jdbc.queryForList("select name from routing_locks where name = 'assignment' for update", String.class);
    }

    public List<Skill> skills() {
        return jdbc.query("select id, name from skills order by lower(name), id",
                (rs, i) -> new Skill(rs.getLong("id"), rs.getString("name")));
    }

    public Optional<Skill> skillNamed(String name) {
        return jdbc.query("select id, name from skills where lower(name) = lower(?)",
                (rs, i) -> new Skill(rs.getLong("id"), rs.getString("name")), name).stream().findFirst();
    }

    public Skill addSkill(String name, Instant now) {
        jdbc.update("insert into skills (name, created_at) values (?, ?)", name, at(now));
        return skillNamed(name).orElseThrow();
    }

    public Set<Long> existingSkills(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(named.queryForList("select id from skills where id in (:ids)", Map.of("ids", ids), Long.class));
    }

    public List<AgentSkill> agentSkills(long userId) {
        return jdbc.query("""
                select s.id, s.name, a.level from agent_skills a join skills s on s.id = a.skill_id
                where a.user_id = ? order by lower(s.name)""",
                (rs, i) -> new AgentSkill(rs.getLong("id"), rs.getString("name"), rs.getInt("level")), userId);
    }

    /** skill id → level, per agent, for these agents. */
    public Map<Long, Map<Long, Integer>> skillLevels(Collection<Long> userIds) {
        Map<Long, Map<Long, Integer>> levels = new HashMap<>();
        if (!userIds.isEmpty()) {
            named.query("select user_id, skill_id, level from agent_skills where user_id in (:ids)",
                    Map.of("ids", userIds), rs -> {
                        levels.computeIfAbsent(rs.getLong("user_id"), u -> new HashMap<>())
                                .put(rs.getLong("skill_id"), rs.getInt("level"));
                    });
        }
        return levels;
    }

    public void replaceAgentSkills(long userId, Map<Long, Integer> levels) {
        jdbc.update("delete from agent_skills where user_id = ?", userId);
        levels.forEach((skill, level) ->
                jdbc.update("insert into agent_skills (user_id, skill_id, level) values (?, ?, ?)", userId, skill, level));
    }

    public List<Long> categorySkills(long categoryId) {
        return jdbc.queryForList("select skill_id from category_skills where category_id = ? order by skill_id",
                Long.class, categoryId);
    }

    public Map<Long, List<Long>> allCategorySkills() {
        Map<Long, List<Long>> all = new HashMap<>();
        jdbc.query("select category_id, skill_id from category_skills order by skill_id", rs -> {
            all.computeIfAbsent(rs.getLong("category_id"), c -> new java.util.ArrayList<>()).add(rs.getLong("skill_id"));
        });
        return all;
    }

    public void replaceCategorySkills(long categoryId, Collection<Long> skillIds) {
        jdbc.update("delete from category_skills where category_id = ?", categoryId);
        skillIds.forEach(skill ->
                jdbc.update("insert into category_skills (category_id, skill_id) values (?, ?)", categoryId, skill));
    }

    public Availability availability(long userId) {
        return availabilities(List.of(userId)).getOrDefault(userId, Availability.online(userId));
    }

    /** The stored availability of these agents; those without one are missing (online). */
    public Map<Long, Availability> availabilities(Collection<Long> userIds) {
        Map<Long, Availability> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            named.query("select user_id, status, until from agent_availability where user_id in (:ids)",
                    Map.of("ids", userIds), rs -> {
                        OffsetDateTime until = rs.getObject("until", OffsetDateTime.class);
                        long id = rs.getLong("user_id");
                        found.put(id, new Availability(id, AvailabilityStatus.fromCode(rs.getString("status")),
                                until == null ? null : until.toInstant()));
                    });
        }
        return found;
    }

    public void saveAvailability(Availability availability, Instant now) {
        int updated = jdbc.update("update agent_availability set status = ?, until = ?, updated_at = ? where user_id = ?",
                availability.status().code(), at(availability.until()), at(now), availability.userId());
        if (updated == 0) {
            jdbc.update("insert into agent_availability (user_id, status, until, updated_at) values (?, ?, ?, ?)",
                    availability.userId(), availability.status().code(), at(availability.until()), at(now));
        }
    }

    /** Agents whose away or offline status has ended by {@code now}: they are back. */
    public List<Long> returnedBy(Instant now) {
        return jdbc.queryForList("select user_id from agent_availability where until is not null and until <= ?",
                Long.class, at(now));
    }

    public void clearEnded(long userId, Instant now) {
        jdbc.update("update agent_availability set status = 'online', until = null, updated_at = ? "
                + "where user_id = ? and until is not null and until <= ?", at(now), userId, at(now));
    }

    public Long lastRoundRobinAgent(long groupId) {
        return jdbc.query("select last_agent_id from routing_state where group_id = ?",
                (rs, i) -> rs.getObject("last_agent_id", Long.class), groupId).stream().findFirst().orElse(null);
    }

    public void rememberRoundRobin(long groupId, long agentId) {
        if (jdbc.update("update routing_state set last_agent_id = ? where group_id = ?", agentId, groupId) == 0) {
            jdbc.update("insert into routing_state (group_id, last_agent_id) values (?, ?)", groupId, agentId);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
