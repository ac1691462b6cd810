package dev.atende.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Triggers end to end: a ticket event, the conditions, the actions, the run log, the guards. */
abstract class TriggerBehaviourSpec extends AutomationSpec {

    @Test
    void urgentSubjectRaisesPriorityAndTagsTheTicketAsAtendeItself() {
        var t = trigger("ticket.created", List.of(mine(),
                Api.json("field", "subject", "op", "contains", "value", "urgente")),
                List.of(Api.json("type", "set", "field", "priority", "value", "urgent"),
                        Api.json("type", "add_tags", "value", List.of("urgente", "triagem"))));
        var customer = people.customer();

        long id = openTicket(customer, "URGENTE: servidor caiu " + token).path("id").asLong();

        JsonNode ticket = eventually(() -> ticket(id), j -> j.path("priority").asString().equals("urgent"));
        assertThat(ticket.path("tags").toString()).isEqualTo("[\"triagem\",\"urgente\"]");
        JsonNode history = api.as(people.admin()).get("/api/v1/tickets/" + id + "/history").expect(200).json();
        JsonNode priority = history.valueStream().filter(h -> h.path("field").asString().equals("priority"))
                .findFirst().orElseThrow();
        assertThat(priority.path("actor").isNull()).as("changed by Atende, not a person").isTrue();
        JsonNode runs = eventually(() -> runs("triggers", t.path("id").asLong()), r -> r.size() == 1);
        assertThat(runs.get(0).path("ticketId").asLong()).isEqualTo(id);
        assertThat(runs.get(0).path("outcome").asString()).isEqualTo("applied");
        assertThat(api.as(people.admin()).get("/api/v1/triggers/" + t.path("id").asLong()).expect(200).json()
                .path("lastRunAt").isNull()).isFalse();
    }

    @Test
    void ticketThatDoesNotMatchIsLeftAlone() {
        trigger("ticket.created", List.of(mine(), Api.json("field", "priority", "op", "is", "value", "high")),
                List.of(Api.json("type", "add_tags", "value", List.of("matched"))));
        var witness = trigger("ticket.created", List.of(mine()),
                List.of(Api.json("type", "add_tags", "value", List.of("seen"))));

        long id = openTicket(people.customer(), "Normal " + token).path("id").asLong();

        eventually(() -> runs("triggers", witness.path("id").asLong()), r -> r.size() == 1);
        assertThat(ticket(id).path("tags").toString()).isEqualTo("[\"seen\"]");
    }

    @Test
    void customerMessageGetsAnAutomaticReplyByMail() throws Exception {
        trigger("article.added", List.of(mine(), Api.json("field", "article.sender", "op", "is", "value", "customer"),
                Api.json("field", "article.internal", "op", "is", "value", false)),
                List.of(Api.json("type", "reply", "body", "Olá {{customer.name}}, recebemos sua mensagem sobre "
                        + "#{{ticket.number}}.")));
        var customer = people.customer();
        JsonNode ticket = openTicket(customer, "Impressora " + token);
        long id = ticket.path("id").asLong();

        api.as(customer).post("/api/v1/tickets/" + id + "/articles", Api.json("body", "Ainda não funciona"))
                .expect(201);

        List<MimeMessage> mails = TestMail.await(customer.email(), 1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains("[#" + ticket.path("number").asString() + "]");
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(mailText(mail)).contains("Olá " + customer.name() + ", recebemos sua mensagem sobre #"
                + ticket.path("number").asString() + ".");
        JsonNode articles = api.as(customer).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
        assertThat(articles.get(articles.size() - 1).path("sender").asString()).isEqualTo("system");
        assertThat(ticket(id).path("firstResponseAt").isNull()).as("an automatic answer is no first response").isTrue();
    }

    @Test
    void notifiesTheCustomerByMailWithPlaceholdersFilledIn() throws Exception {
        trigger("ticket.created", List.of(mine()), List.of(Api.json("type", "notify", "to", "customer",
                "subject", "Recebido: {{ticket.subject}}", "body", "Seu chamado {{ticket.number}} está na fila.")));
        var customer = people.customer();

        JsonNode ticket = openTicket(customer, "Notificar " + token);

        MimeMessage mail = TestMail.await(customer.email(), 1).get(0);
        assertThat(mail.getSubject()).contains("Recebido: Notificar " + token);
        assertThat(mailText(mail)).contains("Seu chamado " + ticket.path("number").asString() + " está na fila.");
    }

    @Test
    void escalatesToTheNextLevelWithTheReasonInTheHistory() {
        trigger("ticket.created", List.of(mine()),
                List.of(Api.json("type", "escalate", "reason", "Servidor de produção")));

        long id = openTicket(people.customer(), "Produção parada " + token).path("id").asLong();

        JsonNode ticket = eventually(() -> ticket(id), j -> j.path("group").path("name").asString().equals("L2"));
        assertThat(ticket.path("group").path("id").asLong()).isEqualTo(groupId("L2"));
        JsonNode escalation = api.as(people.admin()).get("/api/v1/tickets/" + id + "/history").expect(200).json()
                .valueStream().filter(h -> h.path("field").asString().equals("escalation")).findFirst().orElseThrow();
        assertThat(escalation.path("from").asString()).isEqualTo(Long.toString(groupId("L1")));
        assertThat(escalation.path("to").asString()).isEqualTo(Long.toString(groupId("L2")));
        assertThat(escalation.path("note").asString()).isEqualTo("Servidor de produção");
        assertThat(escalation.path("actor").isNull()).as("done by Atende, not a person").isTrue();
    }

    @Test
    void triggersDoNotReFireThemselvesNorPingPong() {
        var raise = trigger("ticket.updated", List.of(mine(), Api.json("field", "priority", "op", "is", "value", "high")),
                List.of(Api.json("type", "set", "field", "priority", "value", "low")));
        var lower = trigger("ticket.updated", List.of(mine(), Api.json("field", "priority", "op", "is", "value", "low")),
                List.of(Api.json("type", "set", "field", "priority", "value", "high"),
                        Api.json("type", "note", "body", "lowered and raised")));
        var agent = people.agent(groupId("L1"));
        long id = openTicket(people.customer(), "Ping pong " + token).path("id").asLong();

        api.as(agent).patch("/api/v1/tickets/" + id, Api.json("priority", "high")).expect(200);

        eventually(() -> runs("triggers", lower.path("id").asLong()), r -> r.size() == 1);
        assertThat(runs("triggers", raise.path("id").asLong())).hasSize(1);
        assertThat(ticket(id).path("priority").asString()).isEqualTo("high");
        JsonNode articles = api.as(agent).get("/api/v1/tickets/" + id + "/articles").expect(200).json();
        assertThat(texts(articles, "body")).containsOnlyOnce("lowered and raised");
    }

    @Test
    void aChainOfTriggersStopsAtItsDepthAndSaysSo() {
        trigger("ticket.created", List.of(mine()), List.of(Api.json("type", "add_tags", "value", List.of("step1"))));
        JsonNode last = null;
        JsonNode fifth = null;
        for (int step = 1; step <= 5; step++) {
            last = trigger("ticket.updated", List.of(mine(),
                    Api.json("field", "tags", "op", "contains", "value", "step" + step)),
                    List.of(Api.json("type", "add_tags", "value", List.of("step" + (step + 1)))));
            if (step == 4) {
                fifth = last;
            }
        }

        long id = openTicket(people.customer(), "Chain " + token).path("id").asLong();

        long stopper = fifth.path("id").asLong();
        // both runs of the fifth trigger are logged after their own commits: wait for the two
        JsonNode runs = eventually(() -> runs("triggers", stopper), r -> texts(r, "outcome").size() >= 2);
        assertThat(texts(runs, "outcome")).containsExactlyInAnyOrder("stopped", "applied");
        assertThat(ticket(id).path("tags").toString())
                .isEqualTo("[\"step1\",\"step2\",\"step3\",\"step4\",\"step5\"]");
        assertThat(runs("triggers", last.path("id").asLong())).isEmpty();
    }

    @Test
    void aTriggerThatFailsIsLoggedAndTheNextOnesStillRun() {
        long group = api.as(people.admin()).post("/api/v1/groups", Api.json("name", "Temp " + token, "level", 1))
                .expect(201).id();
        var failing = rule("triggers", Api.json("name", "Moves away", "event", "ticket.created", "order", -10,
                "conditions", Api.json("all", List.of(mine())),
                "actions", List.of(Api.json("type", "escalate"))));
        var next = rule("triggers", Api.json("name", "Tags", "event", "ticket.created", "order", 10,
                "conditions", Api.json("all", List.of(mine())),
                "actions", List.of(Api.json("type", "add_tags", "value", List.of("after")))));
        var customer = people.customer();

        long id = api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", "Sem nível " + token, "body", "x",
                "group", group, "customer", Api.json("email", customer.email()))).expect(201).id();

        JsonNode failed = eventually(() -> runs("triggers", failing.path("id").asLong()), r -> r.size() == 1);
        assertThat(failed.get(0).path("outcome").asString()).isEqualTo("failed");
        assertThat(failed.get(0).path("detail").asString()).isNotBlank();
        eventually(() -> runs("triggers", next.path("id").asLong()), r -> r.size() == 1);
        assertThat(ticket(id).path("tags").toString()).isEqualTo("[\"after\"]");
        assertThat(ticket(id).path("group").path("id").asLong()).isEqualTo(group);
    }

    @Test
    void inactiveTriggersDoNothing() {
        var off = rule("triggers", Api.json("name", "Off", "event", "ticket.created", "active", false,
                "conditions", Api.json("all", List.of(mine())),
                "actions", List.of(Api.json("type", "add_tags", "value", List.of("off")))));
        var witness = trigger("ticket.created", List.of(mine()),
                List.of(Api.json("type", "add_tags", "value", List.of("on"))));

        long id = openTicket(people.customer(), "Inactive " + token).path("id").asLong();

        eventually(() -> runs("triggers", witness.path("id").asLong()), r -> r.size() == 1);
        assertThat(runs("triggers", off.path("id").asLong())).isEmpty();
        assertThat(ticket(id).path("tags").toString()).isEqualTo("[\"on\"]");
    }

    static String mailText(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            collect(multipart, text);
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static void collect(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            if (part instanceof jakarta.mail.Multipart nested) {
                collect(nested, text);
            } else if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                text.append(part);
            }
        }
    }
}
