package dev.atende.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.identity.Role;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.Chromium;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two agents in real browsers: Ana writes a note, picks Bruno from the mention list as she types
 * "@Bru", and Bruno's bell, on a page he opened before, counts the notice without a reload; he
 * opens the list and the notice takes him to the ticket. Screenshots go to target/screenshots.
 */
@H2ServerTest
class NotificationBrowserTests extends ApiSpec {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    private WebDriver ana;
    private WebDriver bruno;

    @AfterEach
    void closeBrowsers() {
        for (WebDriver driver : new WebDriver[] {ana, bruno}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void aMentionInANoteRaisesTheColleaguesBellWithoutAReload() {
        long team = api.as(people.admin()).post("/api/v1/groups", Api.json("name", Unique.name("Notify-browser")))
                .expect(201).id();
        String brunoName = "Bruno " + Unique.name("Sino").replace("-", "");
        TestUser anaAgent = people.create(Role.AGENT, Map.of("name", "Ana Lima", "groups", List.of(team)));
        TestUser brunoAgent = people.create(Role.AGENT, Map.of("name", brunoName, "groups", List.of(team)));
        long ticket = api.as(people.customer()).post("/api/v1/tickets",
                Api.json("subject", "Impressora parada", "body", "Olá")).expect(201).id();
        api.as(people.admin()).patch("/api/v1/tickets/" + ticket, Api.json("group", team)).expect(200);

        bruno = Chromium.start("en");
        signIn(bruno, brunoAgent);
        bruno.get(url("/agent"));
        new WebDriverWait(bruno, PATIENCE).until(d -> !d.findElements(By.cssSelector(".bell")).isEmpty());
        assertThat(bruno.findElements(By.cssSelector(".bell .count"))).as("nothing unread yet").isEmpty();

        ana = Chromium.start("en");
        signIn(ana, anaAgent);
        ana.get(url("/agent/tickets/" + ticket));
        ana.findElement(By.id("internal")).click();
        var body = ana.findElement(By.cssSelector("[data-rich-for=body]")); // the reply editor
        body.sendKeys("Can you check this, @Brun");
        new WebDriverWait(ana, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#mention-list"), brunoName));
        Chromium.screenshot(ana, "agent-note-mention-picker");
        body.sendKeys(Keys.ENTER);
        String handle = brunoAgent.email().substring(0, brunoAgent.email().indexOf('@'));
        assertThat(body.getText().strip()).isEqualTo("Can you check this, @" + handle);
        var send = ana.findElement(By.cssSelector(".reply-form button[type=submit]"));
        send.click();
        new WebDriverWait(ana, PATIENCE).until(ExpectedConditions.stalenessOf(send));
        Chromium.screenshot(ana, "agent-note-sent");

        new WebDriverWait(bruno, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".bell .count"), "1"));
        Chromium.screenshot(bruno, "agent-bell-unread");

        bruno.findElement(By.cssSelector(".bell")).click();
        new WebDriverWait(bruno, PATIENCE).until(ExpectedConditions.urlContains("/notifications"));
        assertThat(bruno.findElement(By.cssSelector(".notification.unread")).getText())
                .contains("Ana Lima mentioned you on ticket #").contains("Impressora parada");
        Chromium.screenshot(bruno, "agent-notifications");
        bruno.findElement(By.cssSelector(".notification-open")).click();
        new WebDriverWait(bruno, PATIENCE).until(ExpectedConditions.urlContains("/agent/tickets/" + ticket));
        new WebDriverWait(bruno, PATIENCE).until(d -> d.findElements(By.cssSelector(".bell .count")).isEmpty()
                && !d.findElements(By.cssSelector(".bell-count")).isEmpty());
    }

    private void signIn(WebDriver browser, TestUser user) {
        Chromium.signIn(browser, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
