package dev.atende.survey.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Addresses whose mail carried automatic markers. Written from the mail ingest: one update, and
 * an insert that never fails when two mails of the same sender race ({@code on conflict do
 * nothing}, which H2 understands in PostgreSQL mode), so the ingest is never refused for it.
 */
@Component
public class AutomaticSenderRecords {

    public static final int MAX_ADDRESS = 254;

    private final JdbcTemplate jdbc;

    AutomaticSenderRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void seen(String address, Instant now) {
        String key = address.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > MAX_ADDRESS) {
            return;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (jdbc.update("update survey_automatic_senders set last_seen_at = ? where address = ?", at, key) == 0) {
            jdbc.update("insert into survey_automatic_senders (address, first_seen_at, last_seen_at) values (?, ?, ?) "
                    + "on conflict do nothing", key, at, at);
        }
    }

    public boolean seenSince(String address, Instant since) {
        Integer found = jdbc.queryForObject("select count(*) from survey_automatic_senders "
                + "where address = ? and last_seen_at >= ?", Integer.class,
                address.strip().toLowerCase(Locale.ROOT), since.atOffset(ZoneOffset.UTC));
        return found != null && found > 0;
    }
}
