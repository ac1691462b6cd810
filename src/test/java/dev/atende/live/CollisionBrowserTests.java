package dev.atende.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
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
import tools.jackson.databind.JsonNode;

/**
 * Two agents in real browsers on one ticket: each sees the other there and typing, the first
 * save tells the second page it is behind, and the second save over the newer change is refused
 * with a clear message. Screenshots go to target/screenshots for review.
 */
@H2ServerTest
class CollisionBrowserTests extends ApiSpec {

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
    void twoAgentsOnOneTicketSeeEachOtherAndTheSecondSaveIsRefused() {
        long l1 = groupId("L1");
        TestUser anaAgent = people.create(dev.atende.identity.Role.AGENT,
                java.util.Map.of("name", "Ana Lima", "groups", java.util.List.of(l1)));
        TestUser brunoAgent = people.create(dev.atende.identity.Role.AGENT,
                java.util.Map.of("name", "Bruno Reis", "groups", java.util.List.of(l1)));
        long ticket = api.as(people.customer()).post("/api/v1/tickets",
                Api.json("subject", "Duas pessoas no mesmo chamado", "body", "Olá")).expect(201).id();

        ana = Chromium.start("en");
        bruno = Chromium.start("en");
        signIn(ana, anaAgent);
        signIn(bruno, brunoAgent);
        ana.get(url("/agent/tickets/" + ticket));
        bruno.get(url("/agent/tickets/" + ticket));

        waitFor(ana, ".presence", "Also here: Bruno Reis");
        waitFor(bruno, ".presence", "Also here: Ana Lima");

        bruno.findElement(By.cssSelector("[data-rich-for=body]")).sendKeys("Estou vendo isso");
        waitFor(ana, ".presence", "Typing a reply: Bruno Reis");
        Chromium.screenshot(ana, "agent-ticket-presence");

        new Select(ana.findElement(By.id("priority"))).selectByValue("high");
        submit(ana, "#ticket-fields button[type=submit]");
        waitFor(bruno, ".live-banner", "Ana Lima changed this ticket");
        Chromium.screenshot(bruno, "agent-ticket-changed-elsewhere");

        new Select(bruno.findElement(By.id("priority"))).selectByValue("low");
        submit(bruno, "#ticket-fields button[type=submit]");
        assertThat(bruno.findElement(By.cssSelector("main")).getText()).contains("Someone else changed this ticket");
        Chromium.screenshot(bruno, "agent-ticket-save-refused");
        JsonNode saved = api.as(people.admin()).get("/api/v1/tickets/" + ticket).expect(200).json();
        assertThat(saved.path("priority").asString()).isEqualTo("high");
    }

    @Test
    void aReplyAppearsOnTheOtherSidesPageWithoutAReloadAndTheDraftStays() throws InterruptedException {
        TestUser agent = people.agent(groupId("L1"));
        TestUser colleague = people.agent(groupId("L1"));
        TestUser customer = people.customer();
        long ticket = api.as(customer).post("/api/v1/tickets",
                Api.json("subject", "Conversa ao vivo", "body", "Olá")).expect(201).id();
        ana = Chromium.start("en");
        bruno = Chromium.start("en");
        signIn(ana, agent);
        signIn(bruno, customer);
        ana.get(url("/agent/tickets/" + ticket));
        bruno.get(url("/portal/tickets/" + ticket));
        var draft = ana.findElement(By.cssSelector("[data-rich-for=body]"));
        draft.sendKeys("Rascunho em andamento");
        Thread.sleep(500); // both pages subscribed

        api.as(customer).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Ainda sem rede")).expect(201);
        waitFor(ana, ".timeline", "Ainda sem rede");
        assertThat(ana.findElement(By.cssSelector("[data-rich-for=body]")).getText()).as("the draft stays")
                .isEqualTo("Rascunho em andamento");

        api.as(colleague).post("/api/v1/tickets/" + ticket + "/articles", Api.json("body", "Reinicie o roteador"))
                .expect(201);
        api.as(colleague).post("/api/v1/tickets/" + ticket + "/articles",
                Api.json("body", "Nota só da equipe", "visibility", "internal")).expect(201);
        waitFor(bruno, ".timeline", "Reinicie o roteador");
        waitFor(ana, ".timeline", "Nota só da equipe");
        assertThat(bruno.findElement(By.cssSelector(".timeline")).getText()).doesNotContain("Nota só da equipe");
        Chromium.screenshot(bruno, "portal-reply-appeared");
    }

    @Test
    void anAgentWorksTheQueueFromTheKeyboard() {
        long l1 = groupId("L1");
        TestUser agent = people.agent(l1);
        long ticket = api.as(people.customer()).post("/api/v1/tickets",
                Api.json("subject", "Teclado " + dev.atende.support.Unique.name("k"), "body", "x")).expect(201).id();
        ana = Chromium.start("en");
        signIn(ana, agent);
        ana.get(url("/agent?view=unassigned&sort=-createdAt"));

        new org.openqa.selenium.interactions.Actions(ana).sendKeys("?").perform();
        assertThat(ana.findElement(By.id("shortcuts")).isDisplayed()).isTrue();
        Chromium.screenshot(ana, "agent-keyboard-shortcuts");
        new org.openqa.selenium.interactions.Actions(ana).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();

        new org.openqa.selenium.interactions.Actions(ana).sendKeys("j").perform();
        assertThat(ana.findElement(By.cssSelector("tr.selected a")).getAttribute("href"))
                .endsWith("/agent/tickets/" + ticket);
        new org.openqa.selenium.interactions.Actions(ana).sendKeys("o").perform();
        new WebDriverWait(ana, PATIENCE).until(ExpectedConditions.urlContains("/agent/tickets/" + ticket));

        new org.openqa.selenium.interactions.Actions(ana).sendKeys("n").perform();
        assertThat(ana.switchTo().activeElement().getAttribute("data-rich-for")).isEqualTo("body"); // the reply editor
        assertThat(ana.findElement(By.id("internal")).isSelected()).isTrue();
    }

    private long groupId(String name) {
        for (JsonNode group : api.as(people.admin()).get("/api/v1/groups").expect(200).json()) {
            if (group.path("name").asString().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }

    private void signIn(WebDriver browser, TestUser user) {
        Chromium.signIn(browser, url(""), user);
    }

    private static void waitFor(WebDriver browser, String selector, String text) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(selector), text));
    }

    private static void submit(WebDriver browser, String button) {
        Chromium.submit(browser, button);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
