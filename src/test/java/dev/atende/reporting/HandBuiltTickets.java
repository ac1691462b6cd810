package dev.atende.reporting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tickets written straight into the ticket, article, history and SLA tables with the times a test
 * chooses (the server's clock cannot be moved), as the ticket and SLA modules would have written
 * them. Local times are São Paulo's (UTC-3), shifted by {@code shiftDays} so that every fixture has
 * a period of its own.
 */
final class HandBuiltTickets {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private final JdbcTemplate jdbc;
    private final int shiftDays;

    HandBuiltTickets(JdbcTemplate jdbc, int shiftDays) {
        this.jdbc = jdbc;
        this.shiftDays = shiftDays;
    }

    /** A local São Paulo time such as {@code 2026-01-09 17:00}, shifted. */
    Instant at(String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).plusDays(shiftDays).atZone(SAO_PAULO).toInstant();
    }

    String day(String date) {
        return java.time.LocalDate.parse(date).plusDays(shiftDays).toString();
    }

    /** A ticket created at {@code created}; {@code firstResponse} and {@code solved} as the ticket keeps them. */
    long ticket(long customer, long group, Long assignee, String channel, String status, String created,
            String firstResponse, String solved) {
        long number = 900_000_000L + ThreadLocalRandom.current().nextLong(99_000_000L);
        Instant createdAt = at(created);
        jdbc.update("insert into tickets (number, subject, status, priority, channel, customer_id, group_id, "
                + "assignee_id, created_at, updated_at, first_response_at, solved_at, closed_at, version) "
                + "values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", number, "Fixture " + number, status, channel,
                customer, group, assignee, utc(createdAt), utc(createdAt), utc(time(firstResponse)), utc(time(solved)),
                "closed".equals(status) ? utc(time(solved)) : null);
        long id = jdbc.queryForObject("select id from tickets where number = ?", Long.class, number);
        article(id, customer, "customer", created); // the opening request
        return id;
    }

    void article(long ticket, long author, String sender, String local) {
        jdbc.update("insert into articles (ticket_id, author_id, sender, internal, content_type, body, channel, "
                + "created_at) values (?, ?, ?, false, 'text/plain', 'x', 'web', ?)", ticket, author, sender,
                utc(at(local)));
    }

    void note(long ticket, long author, String local) {
        jdbc.update("insert into articles (ticket_id, author_id, sender, internal, content_type, body, channel, "
                + "created_at) values (?, ?, 'agent', true, 'text/plain', 'note', 'web', ?)", ticket, author,
                utc(at(local)));
    }

    void status(long ticket, String from, String to, String local) {
        jdbc.update("insert into ticket_history (ticket_id, field, old_value, new_value, created_at) "
                + "values (?, 'status', ?, ?, ?)", ticket, from, to, utc(at(local)));
    }

    void sla(long ticket, long policy, String created) {
        jdbc.update("insert into ticket_slas (ticket_id, policy_id, started_at) values (?, ?, ?)", ticket, policy,
                utc(at(created)));
    }

    void breach(long ticket, long policy, String target, String due) {
        jdbc.update("insert into sla_breaches (ticket_id, policy_id, target, due_at, recorded_at) values (?, ?, ?, ?, ?)",
                ticket, policy, target, utc(at(due)), utc(at(due)));
    }

    private Instant time(String local) {
        return local == null ? null : at(local);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
