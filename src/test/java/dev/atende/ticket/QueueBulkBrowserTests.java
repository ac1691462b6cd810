package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.Chromium;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser works a queue: two tickets assigned at once, then a saved view of them opened. */
@H2ServerTest
class QueueBulkBrowserTests extends TicketSpec {

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
    void anAgentAssignsTwoTicketsInBulkThenSavesAndOpensAView() {
        String groupName = Unique.name("Browser bulk");
        long group = api.as(people.admin()).post("/api/v1/groups", Api.json("name", groupName, "level", 1))
                .expect(201).id();
        var agent = people.agent(group);
        var colleague = people.agent(group);
        long first = ticket(group, "Printer jams");
        long second = ticket(group, "Screen flickers");
        ticket(group, "Left alone");

        browser = Chromium.start("en");
        signIn(agent);
        browser.get(url("/agent?view=open&group=" + group));
        browser.findElement(By.id("select-" + first)).click();
        browser.findElement(By.id("select-" + second)).sendKeys(Keys.SPACE); // the keyboard works as well
        assertThat(browser.findElement(By.cssSelector("[data-bulk-count]")).getText()).isEqualTo("2 tickets selected");
        assertThat(browser.findElement(By.id("select-all")).getAttribute("aria-label"))
                .isEqualTo("Select all tickets on this page");
        new Select(browser.findElement(By.id("bulk-assignee"))).selectByVisibleText(colleague.name());
        Chromium.screenshot(browser, "agent-queue-bulk");
        submit("#bulk-apply");

        assertThat(browser.findElement(By.cssSelector(".bulk-result")).getText())
                .isEqualTo("2 tickets updated, none skipped.");
        for (long id : new long[] {first, second}) {
            assertThat(api.as(agent).get("/api/v1/tickets/" + id).expect(200).json().path("assignee").path("id")
                    .asLong()).isEqualTo(colleague.id());
        }

        browser.findElement(By.linkText("New view")).click();
        browser.findElement(By.id("name")).sendKeys("Colleague's desk");
        new Select(browser.findElement(By.id("group"))).selectByVisibleText(groupName);
        new Select(browser.findElement(By.id("assignee"))).selectByVisibleText(colleague.name());
        new Select(browser.findElement(By.id("sort"))).selectByVisibleText("Lowest number");
        Chromium.screenshot(browser, "agent-view-form");
        submit("#view-form button[type=submit]");

        assertThat(browser.getCurrentUrl()).matches(".*/agent/views/\\d+");
        String viewUrl = browser.getCurrentUrl();
        browser.get(url("/agent"));
        String href = viewUrl.substring(viewUrl.indexOf("/agent/views/"));
        var count = new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a.saved-view-tab[href='" + href + "'] .count")));
        assertThat(count.getText()).isEqualTo("2");
        browser.findElement(By.cssSelector("a.saved-view-tab[href='" + href + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(viewUrl));
        Chromium.screenshot(browser, "agent-saved-view");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Colleague's desk");
        assertThat(browser.findElements(By.cssSelector("tbody tr a")).stream().map(a -> a.getText()).toList())
                .containsExactly("Printer jams", "Screen flickers");
    }

    private long ticket(long group, String subject) {
        return api.as(people.admin()).post("/api/v1/tickets", Api.json("subject", subject, "body", "x", "group", group,
                "customer", Map.of("email", Unique.email("browser-bulk")))).expect(201).id();
    }

    private void signIn(TestUser user) {
        Chromium.signIn(browser, url(""), user);
    }

    private void submit(String button) {
        Chromium.submit(browser, button);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
