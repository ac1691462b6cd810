package dev.atende.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.Chromium;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every main page, as each kind of person sees it, in the light and the dark scheme: a small
 * accessibility audit (language, names of controls, links and images, WCAG AA text contrast)
 * must find nothing, and a screenshot of each is saved under {@code target/screenshots/} for
 * people to review.
 */
@H2ServerTest
class PageTourBrowserTests extends ApiSpec {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyMainPagePassesTheAuditInBothSchemes() throws IOException {
        TestUser customer = people.customer();
        TestUser agent = people.agent(groupId("L1"));
        TestUser admin = people.admin();
        JsonNode ticket = api.as(customer).post("/api/v1/tickets",
                Api.json("subject", "A impressora não imprime", "body", "Sai uma folha em branco.")).expect(201).json();
        long id = ticket.path("id").asLong();
        api.as(agent).post("/api/v1/tickets/" + id + "/articles",
                Api.json("body", "Pode reiniciar a impressora?")).expect(201);

        List<String> problems = new ArrayList<>();
        browser = Chromium.start("en");
        tour(problems, null, "visitor", "/login", "/password/forgot", "/help");
        tour(problems, customer, "customer", "/portal", "/portal/new", "/portal/tickets/" + id, "/profile",
                "/search?q=impressora");
        tour(problems, agent, "agent", "/agent", "/agent?view=unassigned", "/agent/tickets/" + id, "/agent/kb",
                "/agent/availability", "/notifications", "/reports/mine", "/search?q=impressora");
        tour(problems, admin, "admin", "/admin", "/admin/users", "/admin/groups", "/admin/sla-policies",
                "/admin/triggers", "/admin/reports", "/reports/team", "/admin/surveys", "/admin/search");

        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /** Visits the pages as this person (null: a visitor) in the light, then the dark scheme. */
    private void tour(List<String> problems, TestUser person, String who, String... paths) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        if (person != null) {
            browser.findElement(By.id("username")).sendKeys(person.email());
            browser.findElement(By.id("password")).sendKeys(person.password());
            submit(browser.findElement(By.cssSelector("form button[type=submit]")));
            assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        }
        for (String scheme : List.of("light", "dark")) {
            choose(scheme);
            for (String path : paths) {
                browser.get(url(path));
                assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo(scheme);
                String name = who + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + "-" + scheme;
                Chromium.screenshot(browser, "tour-" + name);
                for (Object problem : (List<?>) ((JavascriptExecutor) browser).executeScript(audit())) {
                    problems.add(name + ": " + problem);
                }
            }
        }
    }

    /** Through the footer's own switch, as a person would. */
    private void choose(String scheme) {
        submit(browser.findElement(By.cssSelector("form.scheme-switch button[value=" + scheme + "]")));
    }

    /** Clicks and waits for the next page, so nothing is read from the old one. */
    private void submit(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    private static String audit() throws IOException {
        try (InputStream in = PageTourBrowserTests.class.getResourceAsStream("/a11y/audit.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
