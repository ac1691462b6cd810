package dev.atende.reporting.internal;

import dev.atende.reporting.RatingSource.TicketRating;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes {@code ticket_facts}: the ticket's facts replace the old ones; its rating is written apart. */
@Component
class FactStore {

    private static final String COLUMNS = "customer_id, organization_id, group_id, assignee_id, category_id, channel, "
            + "priority, status, created_at, first_response_at, first_response_seconds, first_response_business_seconds, "
            + "solved_at, resolution_seconds, resolution_business_seconds, agent_replies, reopens, sla_policy_id, "
            + "sla_first_response, sla_first_response_at, sla_next_response, sla_next_response_at, sla_resolution, "
            + "sla_resolution_at, refreshed_at";
    private static final String UPDATE = "update ticket_facts set "
            + String.join(" = ?, ", COLUMNS.split(", ")) + " = ? where ticket_id = ?";
    private static final String INSERT = "insert into ticket_facts (" + COLUMNS + ", ticket_id) values ("
            + "?, ".repeat(COLUMNS.split(", ").length) + "?)";

    private final JdbcTemplate jdbc;

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the ticket's row (when it has one), so two transactions refreshing it take turns. */
    boolean lock(long ticketId) {
        return !jdbc.queryForList("select ticket_id from ticket_facts where ticket_id = ? for update", Long.class,
                ticketId).isEmpty();
    }

    void write(FactRow row, boolean exists, Instant now) {
        if (!exists || jdbc.update(UPDATE, values(row, now)) == 0) {
            jdbc.update(INSERT, values(row, now));
        }
    }

    /** Many rows at once (a rebuild): rows already present are updated, the others inserted. */
    void writeAll(List<FactRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        Set<Long> present = new HashSet<>(jdbc.queryForList(
                "select ticket_id from ticket_facts where ticket_id between ? and ?", Long.class,
                rows.get(0).ticketId(), rows.get(rows.size() - 1).ticketId()));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (FactRow row : rows) {
            (present.contains(row.ticketId()) ? updates : inserts).add(values(row, now));
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(UPDATE, updates);
        }
        // many rows per statement: one round trip per 500 tickets, not per ticket
        for (int i = 0; i < inserts.size(); i += 500) {
            List<Object[]> chunk = inserts.subList(i, Math.min(inserts.size(), i + 500));
            String row = "(" + "?, ".repeat(COLUMNS.split(", ").length) + "?)";
            List<Object> args = new ArrayList<>();
            chunk.forEach(r -> args.addAll(java.util.Arrays.asList(r)));
            jdbc.update(INSERT.substring(0, INSERT.indexOf(" values ")) + " values "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)), args.toArray());
        }
    }

    /** Facts of tickets that no longer exist in the range go. */
    void removeMissing(long fromId, long toId) {
        jdbc.update("delete from ticket_facts where ticket_id between ? and ? "
                + "and not exists (select 1 from tickets t where t.id = ticket_facts.ticket_id)", fromId, toId);
    }

    /** Survey and rating columns of these tickets (those absent from {@code ratings} are cleared). */
    void writeRatings(Collection<Long> ticketIds, Map<Long, TicketRating> ratings) {
        List<Object[]> args = new ArrayList<>();
        for (Long id : ticketIds) {
            TicketRating r = ratings.get(id);
            args.add(r == null ? new Object[] {null, null, null, null, id}
                    : new Object[] {at(r.surveySentAt()), r.score(), r.good(), at(r.ratedAt()), id});
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate("update ticket_facts set survey_sent_at = ?, rating_score = ?, rating_good = ?, rated_at = ? "
                    + "where ticket_id = ?", args);
        }
    }

    private static Object[] values(FactRow r, Instant now) {
        return new Object[] {r.customerId(), r.organizationId(), r.groupId(), r.assigneeId(), r.categoryId(),
                r.channel(), r.priority(), r.status(), at(r.createdAt()), at(r.firstResponseAt()),
                r.firstResponseSeconds(), r.firstResponseBusinessSeconds(), at(r.solvedAt()), r.resolutionSeconds(),
                r.resolutionBusinessSeconds(), r.agentReplies(), r.reopens(), r.policyId(), r.firstResponse().result(),
                at(r.firstResponse().at()), r.nextResponse().result(), at(r.nextResponse().at()),
                r.resolution().result(), at(r.resolution().at()), at(now), r.ticketId()};
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
