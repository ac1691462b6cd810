package dev.atende.sla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.atende.identity.PagePeople;
import dev.atende.identity.PageTest;
import dev.atende.identity.Role;
import dev.atende.sla.Holiday;
import dev.atende.sla.SlaTarget;
import dev.atende.sla.internal.SlaCalendars;
import dev.atende.sla.internal.SlaPolicies;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PageTest
class AdminSlaPagesTests {

    private final MockMvc mvc;
    private final PagePeople people;
    private final SlaCalendars calendars;
    private final SlaPolicies policies;

    AdminSlaPagesTests(MockMvc mvc, PagePeople people, SlaCalendars calendars, SlaPolicies policies) {
        this.mvc = mvc;
        this.people = people;
        this.calendars = calendars;
        this.policies = policies;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(people.signIn(people.admin())).with(csrf())).andReturn().getResponse();
    }

    private static Document page(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void adminCreatesACalendarWithHoursPerDayAndHolidaysOnePerLine() throws Exception {
        String name = "SP " + UUID.randomUUID().toString().substring(0, 8);

        var response = send(post("/admin/calendars/new").param("name", name).param("timeZone", "America/Sao_Paulo")
                .param("monday", "08:00-12:00, 13:00-18:00").param("friday", "08:00 - 17:00")
                .param("holidays", "2026-12-24 Véspera de Natal\n12-25 Natal\nE-47 Carnaval"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/calendars");
        var calendar = calendars.findByNameIgnoreCase(name).orElseThrow().calendar();
        assertThat(calendar.hours().on(DayOfWeek.MONDAY)).hasSize(2);
        assertThat(calendar.hours().on(DayOfWeek.FRIDAY).get(0).end()).isEqualTo("17:00");
        assertThat(calendar.hours().on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(calendar.holidays()).extracting(Holiday::name).containsExactly("Véspera de Natal", "Natal", "Carnaval");
        assertThat(calendar.isHoliday(LocalDate.of(2027, 2, 9))).as("Carnaval Tuesday 2027").isTrue();
        assertThat(page(send(get("/admin/calendars"))).select("table").text()).contains(name, "America/Sao_Paulo");
    }

    @Test
    void brazilsHolidaysAreAddedToTheFormWithoutSaving() throws Exception {
        String name = "BR " + UUID.randomUUID().toString().substring(0, 8);

        var response = send(post("/admin/calendars/new").header("Accept-Language", "pt-BR").param("name", name)
                .param("timeZone", "America/Sao_Paulo").param("monday", "08:00-18:00")
                .param("holidays", "2026-12-24 Véspera").param("preset", "brazil"));

        assertThat(response.getStatus()).isEqualTo(200);
        String holidays = page(response).select("#holidays").text();
        assertThat(holidays).startsWith("2026-12-24 Véspera").contains("04-21 Tiradentes", "E-2 Sexta-feira Santa",
                "E+60 Corpus Christi");
        assertThat(calendars.findByNameIgnoreCase(name)).isEmpty();
    }

    @Test
    void badHoursAndHolidaysAreShownNextToTheirFieldsInPortuguese() throws Exception {
        var response = send(post("/admin/calendars/new").header("Accept-Language", "pt-BR").param("name", "Ruim")
                .param("timeZone", "America/Recife").param("monday", "18:00-08:00").param("tuesday", "manhã")
                .param("holidays", "natal\n2026-02-30 Inexistente"));

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = page(response);
        assertThat(page.select("#monday-error").text()).contains("Um intervalo é");
        assertThat(page.select("#tuesday-error").text()).contains("Um intervalo é");
        assertThat(page.select("#holidays-error").text()).contains("natal", "2026-02-30 Inexistente");
        assertThat(page.select("#tuesday").val()).isEqualTo("manhã");
        assertThat(calendars.findByNameIgnoreCase("Ruim")).isEmpty();
    }

    @Test
    void adminCreatesAPolicyForUrgentEmailTickets() throws Exception {
        String calendarName = "Cal " + UUID.randomUUID().toString().substring(0, 8);
        send(post("/admin/calendars/new").param("name", calendarName).param("timeZone", "UTC")
                .param("monday", "00:00-24:00"));
        long calendar = calendars.findByNameIgnoreCase(calendarName).orElseThrow().id();
        String name = "Urgente " + UUID.randomUUID().toString().substring(0, 8);

        var response = send(post("/admin/sla-policies/new").param("name", name).param("calendar", "" + calendar)
                .param("firstResponseMinutes", "30").param("resolutionMinutes", "240").param("warnAtPercent", "75")
                .param("pauseOnPending", "true").param("priority", "urgent").param("channel", "email")
                .param("active", "false"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/sla-policies");
        var policy = policies.findByNameIgnoreCase(name).orElseThrow();
        assertThat(policy.minutes(SlaTarget.FIRST_RESPONSE)).isEqualTo(30);
        assertThat(policy.minutes(SlaTarget.NEXT_RESPONSE)).isNull();
        assertThat(policy.warnAtPercent()).isEqualTo(75);
        assertThat(policy.conditions().values()).containsOnlyKeys("priority", "channel");
        assertThat(page(send(get("/admin/sla-policies/" + policy.id()))).select("input[name=priority][checked]")
                .eachAttr("value")).containsExactly("urgent");
    }

    @Test
    void forgedConditionValuesAreRefused() throws Exception {
        String calendarName = "Cal " + UUID.randomUUID().toString().substring(0, 8);
        send(post("/admin/calendars/new").param("name", calendarName).param("timeZone", "UTC")
                .param("monday", "00:00-24:00"));
        long calendar = calendars.findByNameIgnoreCase(calendarName).orElseThrow().id();
        String name = "Forjada " + UUID.randomUUID().toString().substring(0, 8);

        var response = send(post("/admin/sla-policies/new").param("name", name).param("calendar", "" + calendar)
                .param("priority", "urgent;group").param("group", "x=1"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(policies.findByNameIgnoreCase(name)).isEmpty();
    }

    @Test
    void agentsCannotChangeSlaSettings() throws Exception {
        var agent = people.create(Role.AGENT);

        var response = mvc.perform(post("/admin/calendars/new").session(people.signIn(agent)).with(csrf())
                .param("name", "Agent's").param("timeZone", "UTC").param("monday", "08:00-18:00")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(calendars.findByNameIgnoreCase("Agent's")).isEmpty();
    }
}
