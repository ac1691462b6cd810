package dev.atende.automation.internal;

import dev.atende.automation.RuleRun;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each rule did lately: the last {@link #KEPT} runs per rule, older ones dropped as new ones
 * come, so the log stays small however busy a rule is.
 */
@Component
public class RunLog {

    public static final int KEPT = 50;

    private final JdbcTemplate jdbc;

    RunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String kind, long ruleId, Long ticketId, Instant at, String outcome, String detail) {
        String clipped = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        jdbc.update("insert into automation_runs (rule_kind, rule_id, ticket_id, ran_at, outcome, detail) "
                + "values (?, ?, ?, ?, ?, ?)", kind, ruleId, ticketId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                outcome, clipped);
        jdbc.update("delete from automation_runs where rule_kind = ? and rule_id = ? and id <= "
                + "(select id from automation_runs where rule_kind = ? and rule_id = ? order by id desc "
                + "offset " + KEPT + " rows fetch next 1 rows only)", kind, ruleId, kind, ruleId);
    }

    public List<RuleRun> recent(String kind, long ruleId, int limit) {
        return jdbc.query("select id, ticket_id, ran_at, outcome, detail from automation_runs "
                + "where rule_kind = ? and rule_id = ? order by id desc fetch first " + Math.min(limit, KEPT)
                + " rows only", (rs, i) -> new RuleRun(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5)),
                kind, ruleId);
    }

    public Optional<Instant> lastRun(String kind, long ruleId) {
        return Optional.ofNullable(jdbc.queryForObject("select max(ran_at) from automation_runs "
                + "where rule_kind = ? and rule_id = ?", OffsetDateTime.class, kind, ruleId))
                .map(OffsetDateTime::toInstant);
    }

    public void forget(String kind, long ruleId) {
        jdbc.update("delete from automation_runs where rule_kind = ? and rule_id = ?", kind, ruleId);
    }
}
