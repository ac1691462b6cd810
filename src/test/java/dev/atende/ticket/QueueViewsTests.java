package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.H2ServerTest;
import dev.atende.support.Unique;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent's queues: breaching soon and recently updated, and the count beside each. */
@H2ServerTest
class QueueViewsTests extends TicketSpec {

    @LocalServerPort
    int port;

    @Test
    void eachQueueShowsHowManyTicketsWaitInIt() {
        long group = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Queue views"), "level", 1))
                .expect(201).id();
        var agent = people.agent(group);
        long soon = ticket(group);
        long later = ticket(group);
        long missed = ticket(group);
        long mine = ticket(group);
        api.as(agent).patch("/api/v1/tickets/" + mine, Api.json("assignee", agent.id())).expect(200);
        Instant now = Instant.now();
        due(soon, now.plus(30, ChronoUnit.MINUTES));
        due(later, now.plus(5, ChronoUnit.HOURS));
        due(missed, now.minus(10, ChronoUnit.MINUTES));

        var desk = BrowserSession.signIn(port, agent, "en");
        var countsPage = desk.get("/agent/queue-counts?view=breaching");
        Document counts = Jsoup.parse(countsPage.body());

        assertThat(count(counts, "mine")).isEqualTo("1");
        assertThat(count(counts, "unassigned")).isEqualTo("3");
        assertThat(count(counts, "open")).isEqualTo("4");
        assertThat(count(counts, "breaching")).isEqualTo("2");
        assertThat(count(counts, "recent")).isEqualTo("4");
        assertThat(counts.select("a[aria-current=page]").text()).startsWith("Breaching soon");

        Document breaching = Jsoup.parse(desk.get("/agent?view=breaching").body());
        assertThat(breaching.select("tbody tr a").eachAttr("href"))
                .containsExactly("/agent/tickets/" + missed, "/agent/tickets/" + soon);
        assertThat(breaching.select("nav.queue-tabs").attr("hx-get")).isEqualTo("/agent/queue-counts?view=breaching");
        // the page's tabs fetch their counts once shown; the counted tabs only on a live signal, or
        // each swap would fetch again for as long as the page is open
        assertThat(breaching.select("nav.queue-tabs").attr("hx-trigger")).startsWith("load,");
        assertThat(counts.select("nav.queue-tabs").attr("hx-trigger")).isEqualTo("atende:queue-changed from:body");
        assertThat(breaching.select("[data-live=queue]").attr("data-groups")).isEqualTo(Long.toString(group));
    }

    @Test
    void aLargeQueueSaysOverAThousandInsteadOfCountingOn() {
        long group = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Queue busy"), "level", 1))
                .expect(201).id();
        var agent = people.agent(group);
        long customer = people.customer().id();
        long base = 800_000_000L + System.nanoTime() % 100_000_000L;
        jdbc.update("insert into tickets (number, subject, status, priority, channel, customer_id, group_id, created_at, "
                + "updated_at) select cast(? as bigint) + \"X\", 'Bulk', 'open', 1, 'web', ?, ?, current_timestamp, current_timestamp "
                + "from system_range(1, 1001)", base, customer, group);

        var desk = BrowserSession.signIn(port, agent, "en");
        Document counts = Jsoup.parse(desk.get("/agent/queue-counts").body());

        assertThat(count(counts, "open")).isEqualTo("1,000+");
        assertThat(counts.select("a[href=\"/agent?view=open\"] .count").attr("title")).isEqualTo("more than 1,000 tickets");
        assertThat(count(counts, "mine")).isEqualTo("0");
    }

    @Test
    void customersHaveNoQueues() {
        var portal = BrowserSession.signIn(port, people.customer(), "en");
        assertThat(portal.get("/agent/queue-counts").statusCode()).isEqualTo(403);
    }

    private long ticket(long group) {
        return api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", Unique.name("View"), "body", "x",
                "group", group, "customer", Map.of("email", Unique.email("viewer"), "name", "Vera"))).expect(201).id();
    }

    private void due(long ticket, Instant at) {
        jdbc.update("update tickets set sla_due_at = ? where id = ?", Timestamp.from(at), ticket);
    }

    private static String count(Document tabs, String view) {
        return tabs.select("a[href=\"/agent?view=" + view + "\"] .count").text();
    }
}
