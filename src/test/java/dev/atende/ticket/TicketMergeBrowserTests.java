package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.Chromium;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser, an agent changes a field in place and merges one ticket into another from the ticket view. */
@H2ServerTest
class TicketMergeBrowserTests extends TicketSpec {

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
    void anAgentChangesThePriorityInPlaceThenMergesTheTicketIntoAnother() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        var source = openTicket(customer, "Monitor flickers");
        var target = openTicket(customer, "Monitor flickering again");
        long sourceId = source.path("id").asLong();
        long targetId = target.path("id").asLong();

        browser = Chromium.start("en");
        signIn(browser, agent);
        browser.get(url("/agent/tickets/" + sourceId));
        new Select(browser.findElement(By.id("inline-priority"))).selectByValue("high");
        waitFor(".inline-outcome", "Saved.");
        Chromium.screenshot(browser, "agent-ticket-priority-in-place");
        assertThat(ticket(sourceId).path("priority").asString()).isEqualTo("high");
        assertThat(browser.findElement(By.id("inline-priority")).getAttribute("value")).isEqualTo("high");

        browser.findElement(By.id("merge-into")).sendKeys("#" + target.path("number").asString());
        var button = browser.findElement(By.cssSelector("#ticket-merge button[type=submit]"));
        button.click();
        browser.switchTo().alert().accept(); // "Merge #... into the ticket you named?"
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));

        assertThat(browser.getCurrentUrl()).endsWith("/agent/tickets/" + targetId);
        assertThat(browser.findElement(By.cssSelector(".flash-area")).getText())
                .contains("Ticket #" + source.path("number").asString() + " was merged into this one.");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("from #" + source.path("number").asString());
        Chromium.screenshot(browser, "agent-ticket-after-merge");
        var merged = ticket(sourceId);
        assertThat(merged.path("status").asString()).isEqualTo("closed");
        assertThat(merged.path("mergedInto").path("id").asLong()).isEqualTo(targetId);

        browser.get(url("/agent/tickets/" + sourceId));
        var banner = browser.findElement(By.cssSelector(".merged-banner a"));
        assertThat(banner.getText()).isEqualTo("#" + target.path("number").asString());
        assertThat(banner.getAttribute("href")).endsWith("/agent/tickets/" + targetId);
    }

    @Test
    void aChangeInPlaceOnATicketChangedMeanwhileSaysWhoChangedItAndSavesNothing() {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        var colleague = people.agent(groupId("L1"));
        long id = openTicket(customer, "Keyboard missing keys").path("id").asLong();

        browser = Chromium.start("en");
        signIn(browser, agent);
        browser.get(url("/agent/tickets/" + id));
        api.as(colleague).patch("/api/v1/tickets/" + id, Api.json("priority", "urgent")).expect(200);
        new Select(browser.findElement(By.id("inline-priority"))).selectByValue("low");

        waitFor(".inline-outcome", "Changed by " + colleague.name());
        Chromium.screenshot(browser, "agent-ticket-in-place-stale");
        assertThat(ticket(id).path("priority").asString()).isEqualTo("urgent");
    }

    private void waitFor(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private tools.jackson.databind.JsonNode ticket(long id) {
        return api.as(people.admin()).get("/api/v1/tickets/" + id).expect(200).json();
    }

    private void signIn(WebDriver driver, TestUser user) {
        Chromium.signIn(driver, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
