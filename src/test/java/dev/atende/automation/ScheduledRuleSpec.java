package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.automation.internal.ScheduledRuleRunner;
import dev.atende.support.Api;
import dev.atende.support.TestMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Scheduled rules, run at a moved "now" (what the every-minute job passes is the clock's; here a
 * later one), so nothing waits for real time.
 */
abstract class ScheduledRuleSpec extends AutomationSpec {

    private static String text(jakarta.mail.internet.MimeMessage mail) {
        try {
            return TriggerBehaviourSpec.mailText(mail);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Autowired
    private ScheduledRuleRunner runner;

    @Autowired
    private Clock clock;

    @Test
    void pendingWithoutCustomerReplyForAWeekIsSolvedAndTheCustomerTold() throws Exception {
        JsonNode rule = rule("schedules", Api.json("name", "Pending a week", "conditions", Api.json("all", List.of(mine(),
                Api.json("field", "status", "op", "is", "value", "pending"),
                Api.json("field", "minutes_since_customer_reply", "op", "gt", "value", 7 * 24 * 60))),
                "actions", List.of(Api.json("type", "set", "field", "status", "value", "solved"),
                        Api.json("type", "notify", "to", "customer", "body",
                                "Fechamos o chamado {{ticket.number}} por falta de resposta."))));
        var customer = people.customer();
        long id = openTicket(customer, "Aguardando " + token).path("id").asLong();
        api.as(people.agent(groupId("L1"))).patch("/api/v1/tickets/" + id, Api.json("status", "pending")).expect(200);
        Instant now = clock.instant();

        runner.runAt(now.plus(Duration.ofDays(6)));
        assertThat(ticket(id).path("status").asString()).isEqualTo("pending");

        runner.runAt(now.plus(Duration.ofDays(8)));
        assertThat(ticket(id).path("status").asString()).isEqualTo("solved");
        JsonNode runs = runs("schedules", rule.path("id").asLong());
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("ticketId").asLong()).isEqualTo(id);
        assertThat(runs.get(0).path("outcome").asString()).isEqualTo("applied");
        // the customer also hears that the ticket is solved: look for the rule's notice among the mails
        eventually(() -> TestMail.to(customer.email()).stream().filter(m -> text(m).contains("por falta de resposta"))
                .count(), count -> count == 1);
    }

    @Test
    void actsOncePerTicketUntilTheConditionsStopHoldingAndHoldAgain() {
        var agent = people.agent(groupId("L1"));
        JsonNode rule = rule("schedules", Api.json("name", "New and unassigned", "conditions", Api.json("all", List.of(
                mine(), Api.json("field", "status", "op", "is", "value", "new"),
                Api.json("field", "assignee", "op", "is", "value", null),
                Api.json("field", "minutes_since_created", "op", "gt", "value", 30))),
                "actions", List.of(Api.json("type", "set", "field", "priority", "value", "high"),
                        Api.json("type", "note", "body", "Sem dono há 30 minutos"))));
        long id = openTicket(people.customer(), "Sem dono " + token).path("id").asLong();
        Instant now = clock.instant();
        long ruleId = rule.path("id").asLong();

        runner.runAt(now.plus(Duration.ofMinutes(20)));
        assertThat(runs("schedules", ruleId)).isEmpty();
        runner.runAt(now.plus(Duration.ofMinutes(31)));
        runner.runAt(now.plus(Duration.ofMinutes(40)));
        assertThat(runs("schedules", ruleId)).hasSize(1);
        assertThat(ticket(id).path("priority").asString()).isEqualTo("high");

        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("assignee", agent.id())).expect(200);
        runner.runAt(now.plus(Duration.ofMinutes(50)));
        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("assignee", null, "priority", "normal")).expect(200);
        runner.runAt(now.plus(Duration.ofMinutes(60)));

        assertThat(runs("schedules", ruleId)).hasSize(2);
        assertThat(ticket(id).path("priority").asString()).isEqualTo("high");
        JsonNode articles = api.as(agent).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
        assertThat(texts(articles, "body").stream().filter(b -> b.equals("Sem dono há 30 minutos"))).hasSize(2);
    }

    @Test
    void aRuleThatFailsOnOneTicketGoesOnWithTheOthers() {
        JsonNode rule = rule("schedules", Api.json("name", "Escalate old", "conditions", Api.json("all", List.of(mine(),
                Api.json("field", "minutes_since_created", "op", "gt", "value", 60))),
                "actions", List.of(Api.json("type", "escalate", "reason", "Velho demais"))));
        long top = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Topo " + token, "body", "x",
                "group", groupId("L3"), "customer", Api.json("email", people.customer().email()))).expect(201).id();
        long low = openTicket(people.customer(), "Baixo " + token).path("id").asLong();

        runner.runAt(clock.instant().plus(Duration.ofHours(2)));

        JsonNode runs = runs("schedules", rule.path("id").asLong());
        assertThat(texts(runs, "outcome")).containsExactlyInAnyOrder("failed", "applied");
        assertThat(ticket(low).path("group").path("name").asString()).isEqualTo("L2");
        assertThat(ticket(top).path("group").path("name").asString()).isEqualTo("L3");
        runner.runAt(clock.instant().plus(Duration.ofHours(3)));
        assertThat(runs("schedules", rule.path("id").asLong())).as("neither is tried again").hasSize(2);
    }
}
