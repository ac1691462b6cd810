package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.Chromium;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import dev.atende.support.Unique;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The reply box in a real browser: formatting from the toolbar, a canned response put in at the
 * caret, a screenshot pasted and a file dropped as attachments (one taken out again), sent with
 * Ctrl+Enter; the customer reads it formatted.
 */
@H2ServerTest
class ReplyEditorBrowserTests extends TicketSpec {

    /** A 1x1 PNG, as a pasted screenshot would be. */
    private static final String PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    private static final Duration PATIENCE = Duration.ofSeconds(15);

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
    void anAgentFormatsAReplyAttachesByPasteAndDropAndSendsItFromTheKeyboard() {
        String token = Unique.name("assinatura").replace(' ', '-');
        api.as(people.admin()).post("/api/v1/canned-responses", Api.json("name", "Assinatura " + token,
                "body", "Att, equipe de suporte")).expect(201);
        var customer = people.customer();
        long ticket = api.as(customer).post("/api/v1/tickets", Api.json("subject", "Roteador caiu", "body", "Sem rede"))
                .expect(201).id();
        var agent = people.agent(groupId("L1"));

        browser = Chromium.start("pt-BR");
        signIn(agent);
        browser.get(url("/agent/tickets/" + ticket));
        WebElement editor = browser.findElement(By.cssSelector("[data-rich-for=body]"));
        assertThat(browser.findElement(By.id("body")).isDisplayed()).as("the textarea stays as the form field").isFalse();
        editor.click();
        toolbar("bold").click();
        editor.sendKeys("Importante:");
        toolbar("bold").click();
        editor.sendKeys(" reinicie o roteador.", Keys.ENTER);
        toolbar("insertUnorderedList").click();
        editor.sendKeys("primeiro o modem", Keys.ENTER, "depois o roteador", Keys.ENTER, Keys.ENTER);

        browser.findElement(By.id("canned-q")).sendKeys(token);
        new Select(browser.findElement(By.id("canned-response"))).selectByVisibleText("Assinatura " + token);
        browser.findElement(By.cssSelector("[data-canned-insert]")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textToBePresentInElement(editor, "Att, equipe"));

        paste(editor, "image.png", PIXEL, "image/png");
        drop("log.txt", "ZXJybyA0MDQ=", "text/plain");
        drop("errado.txt", "eA==", "text/plain");
        assertThat(attached()).hasSize(3);
        browser.findElement(By.cssSelector(".file-list button[aria-label='Remover errado.txt']")).click();
        assertThat(attached()).hasSize(2).anySatisfy(name -> assertThat(name).matches("(?s)pasted-\\d{8}-\\d{6}\\.png.*"))
                .anySatisfy(name -> assertThat(name).startsWith("log.txt ("));
        assertThat(browser.findElement(By.cssSelector("[data-file-status]")).getAttribute("textContent"))
                .isEqualTo("2 arquivos anexados");
        Chromium.screenshot(browser, "agent-reply-editor");

        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.stalenessOf(editor));

        JsonNode articles = api.as(agent).get("/api/v1/tickets/" + ticket + "/articles").expect(200).json();
        JsonNode reply = articles.get(articles.size() - 1);
        assertThat(reply.path("contentType").asString()).isEqualTo("text/html");
        assertThat(reply.path("body").asString().replace('\u00a0', ' ')).contains("<b>Importante:</b> reinicie o roteador.")
                .contains("<li>primeiro o modem</li>").contains("<li>depois o roteador</li>").contains("Att, equipe de suporte");
        assertThat(reply.path("attachments").valueStream().map(a -> a.path("filename").asString()).toList())
                .hasSize(2).contains("log.txt").anyMatch(name -> name.matches("pasted-\\d{8}-\\d{6}\\.png"));

        browser.quit();
        browser = Chromium.start("pt-BR");
        signIn(customer);
        browser.get(url("/portal/tickets/" + ticket));
        var latest = browser.findElement(By.id("latest"));
        assertThat(latest.findElement(By.cssSelector("b")).getText()).isEqualTo("Importante:");
        assertThat(latest.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList())
                .contains("primeiro o modem", "depois o roteador");
        assertThat(latest.getText()).contains("log.txt");
        Chromium.screenshot(browser, "portal-formatted-reply");
    }

    private WebElement toolbar(String command) {
        return browser.findElement(By.cssSelector(".rich-toolbar [data-cmd=" + command + "]"));
    }

    private List<String> attached() {
        return browser.findElements(By.cssSelector(".file-list li")).stream().map(WebElement::getText).toList();
    }

    /** What the browser fires when a file is pasted (a screenshot from the clipboard). */
    private void paste(WebElement target, String name, String base64, String type) {
        ((JavascriptExecutor) browser).executeScript("""
                var bytes = Uint8Array.from(atob(arguments[2]), function (c) { return c.charCodeAt(0); });
                var files = new DataTransfer();
                files.items.add(new File([bytes], arguments[1], { type: arguments[3] }));
                arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: files, bubbles: true, cancelable: true }));
                """, target, name, base64, type);
    }

    /** What the browser fires when a file from the desktop is let go over the reply form. */
    private void drop(String name, String base64, String type) {
        ((JavascriptExecutor) browser).executeScript("""
                var bytes = Uint8Array.from(atob(arguments[1]), function (c) { return c.charCodeAt(0); });
                var files = new DataTransfer();
                files.items.add(new File([bytes], arguments[0], { type: arguments[2] }));
                var form = document.querySelector('form.reply-form');
                form.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
                form.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
                """, name, base64, type);
    }

    private void signIn(TestUser user) {
        Chromium.signIn(browser, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
