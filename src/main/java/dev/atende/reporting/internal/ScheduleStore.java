package dev.atende.reporting.internal;

import static dev.atende.reporting.internal.FactSource.instant;
import static dev.atende.reporting.internal.FactSource.longOrNull;
import static dev.atende.reporting.internal.FactStore.at;

import dev.atende.reporting.ReportFrequency;
import dev.atende.reporting.ReportSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** {@code report_schedules} and their recipients. */
@Component
public class ScheduleStore {

    private final JdbcTemplate jdbc;

    ScheduleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportSchedule> all() {
        Map<Long, List<Long>> recipients = new HashMap<>();
        jdbc.query("select schedule_id, user_id from report_schedule_recipients order by user_id", rs -> {
            recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return jdbc.query("select * from report_schedules order by name, id", (rs, n) -> new ReportSchedule(
                rs.getLong("id"), rs.getString("name"), ReportFrequency.fromCode(rs.getString("frequency")),
                longOrNull(rs, "group_id"), rs.getString("time_zone"),
                recipients.getOrDefault(rs.getLong("id"), List.of()), rs.getBoolean("active"),
                instant(rs, "last_period_end"), instant(rs, "last_run_at")));
    }

    public Optional<ReportSchedule> find(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Locks the row, so that one node at a time mails a period (the cluster lock is the first guard). */
    public Optional<ReportSchedule> lock(long id) {
        jdbc.queryForList("select id from report_schedules where id = ? for update", Long.class, id);
        return find(id);
    }

    public long insert(ReportSchedule s, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into report_schedules (name, frequency, group_id, time_zone, active, "
                    + "last_period_end, created_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, s.name());
            ps.setString(2, s.frequency().code());
            ps.setObject(3, s.group());
            ps.setString(4, s.timeZone());
            ps.setBoolean(5, s.active());
            ps.setObject(6, at(s.lastPeriodEnd()));
            ps.setObject(7, at(now));
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        recipients(id, s.recipients());
        return id;
    }

    public void update(ReportSchedule s) {
        jdbc.update("update report_schedules set name = ?, frequency = ?, group_id = ?, time_zone = ?, active = ?, "
                + "last_period_end = ?, last_run_at = ?, version = version + 1 where id = ?", s.name(),
                s.frequency().code(), s.group(), s.timeZone(), s.active(), at(s.lastPeriodEnd()), at(s.lastRunAt()),
                s.id());
        recipients(s.id(), s.recipients());
    }

    public void delete(long id) {
        jdbc.update("delete from report_schedules where id = ?", id);
    }

    private void recipients(long id, List<Long> users) {
        jdbc.update("delete from report_schedule_recipients where schedule_id = ?", id);
        jdbc.batchUpdate("insert into report_schedule_recipients (schedule_id, user_id) values (?, ?)",
                users.stream().distinct().map(u -> new Object[] {id, u}).toList());
    }
}
