package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import org.junit.jupiter.api.Test;

/** What the people running Atende scrape from /actuator/prometheus. */
abstract class MetricsSpec extends ApiSpec {

    @Test
    void prometheusShowsRequestTimingsQueuesMailAndSla() {
        api.as(people.admin()).get("/api/v1/reports/kpis").expect(200);
        String metrics = api.get("/actuator/prometheus").expect(200).body();
        assertThat(metrics).contains("http_server_requests_seconds_count{", "uri=\"/api/v1/reports/kpis\"",
                "atende_tickets_open ", "atende_tickets_unassigned ", "atende_tickets_sla_due_soon ",
                "atende_mail_outbox_pending ", "atende_mail_outbox_failed ", "atende_mail_received_total ",
                "atende_mail_sent_total ", "atende_mail_send_failures_total ",
                "atende_sla_breaches_total{target=\"first_response\"}");
    }
}
