package dev.atende.channel.email.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel's operational metrics: mails received (stored raw) and sent or failed by the
 * outbox, as counters; the outbox's pending and failed mails, as gauges read at each scrape.
 */
@Component
public class MailMetrics {

    private final Counter received;
    private final Counter sent;
    private final Counter sendFailures;

    MailMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.received = Counter.builder("atende.mail.received").description("E-mails received and stored raw")
                .register(registry);
        this.sent = Counter.builder("atende.mail.sent").description("E-mails sent by the outbox").register(registry);
        this.sendFailures = Counter.builder("atende.mail.send.failures")
                .description("Attempts to send an e-mail that failed (retried later)").register(registry);
        Gauge.builder("atende.mail.outbox.pending", jdbc, j -> count(j, "pending"))
                .description("E-mails waiting in the outbox").register(registry);
        Gauge.builder("atende.mail.outbox.failed", jdbc, j -> count(j, "failed"))
                .description("E-mails the outbox gave up on").register(registry);
    }

    public void received() {
        received.increment();
    }

    public void sent(int count) {
        sent.increment(count);
    }

    public void sendFailed(int count) {
        sendFailures.increment(count);
    }

    private static double count(JdbcTemplate jdbc, String status) {
        Long n = jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Long.class, status);
        return n == null ? 0 : n;
    }
}
