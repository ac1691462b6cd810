package dev.atende.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tickets written straight into the ticket, article, history and SLA tables, their surveys and
 * ratings into the survey tables and help-center sessions into the knowledge tables, with the
 * times a test chooses (the server's clock cannot be moved), as those modules would have written
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

    /** A survey request sent to the customer at {@code sent} (its link never used here); answers its id. */
    Survey survey(long ticket, long customer, Long agent, long group, String sent) {
        String token = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        Instant at = at(sent);
        jdbc.update("insert into survey_requests (ticket_id, customer_id, sent_at, token_hash, token_sealed, scale, "
                + "agent_id, group_id, expires_at) values (?, ?, ?, ?, 'sealed', 'stars', ?, ?, ?)", ticket, customer,
                plain(at), token, agent, group, plain(at.plus(Duration.ofDays(30))));
        long id = jdbc.queryForObject("select id from survey_requests where token_hash = ?", Long.class, token);
        return new Survey(id, ticket, customer, agent, group);
    }

    record Survey(long id, long ticket, long customer, Long agent, long group) {
    }

    /** The customer's answer to that survey, on the five-star scale (4 and 5 are good). */
    void rating(Survey survey, int score, String rated) {
        Instant at = at(rated);
        jdbc.update("update survey_requests set first_answered_at = ?, answers = 1 where id = ?", plain(at), survey.id());
        jdbc.update("insert into ticket_ratings (ticket_id, score, good, rated_at, request_id, customer_id, agent_id, "
                + "group_id, scale, first_rated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'stars', ?)", survey.ticket(), score,
                score >= 4, plain(at), survey.id(), survey.customer(), survey.agent(), survey.group(), plain(at));
    }

    /**
     * A new-request form in which a suggested article was opened at {@code opened}; {@code sent}:
     * the customer then sent the request ten minutes later, else they left (deflected).
     */
    void suggestionSession(long customer, String opened, boolean sent) {
        Instant at = at(opened);
        jdbc.update("insert into kb_deflection_sessions (draft_key, customer_id, first_opened_at, last_opened_at, "
                + "submitted_at) values (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), customer, utc(at),
                utc(at.plusSeconds(120)), sent ? utc(at.plusSeconds(600)) : null);
    }

    private Instant time(String local) {
        return local == null ? null : at(local);
    }

    /** The survey module's times: UTC in plain timestamp columns. */
    private static LocalDateTime plain(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
