package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Chromium;
import dev.atende.support.H2ServerTest;
import dev.atende.support.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser works a ticket end to end: the customer asks with a file, the agent answers. */
@H2ServerTest
class TicketBrowserTests extends TicketSpec {

    @LocalServerPort
    int port;

    private WebDriver customerBrowser;
    private WebDriver agentBrowser;

    @AfterEach
    void closeBrowsers() {
        for (WebDriver driver : new WebDriver[] {customerBrowser, agentBrowser}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    @Test
    void customerOpensARequestTheAgentRepliesAndTheCustomerSeesTheReply() throws Exception {
        var customer = people.customer();
        var agent = people.agent(groupId("L1"));
        Path file = Files.createTempFile("erro", ".txt");
        Files.writeString(file, "Erro 0x80070005");

        customerBrowser = Chromium.start("pt-BR");
        signIn(customerBrowser, customer);
        customerBrowser.get(url("/portal/new"));
        customerBrowser.findElement(By.id("subject")).sendKeys("Não consigo acessar a VPN");
        customerBrowser.findElement(By.id("body")).sendKeys("Aparece um erro ao conectar.");
        customerBrowser.findElement(By.id("files")).sendKeys(file.toString());
        Chromium.screenshot(customerBrowser, "portal-new-request");
        submit(customerBrowser, "form.form button[type=submit]");
        String ticketUrl = customerBrowser.getCurrentUrl();
        assertThat(ticketUrl).matches(".*/portal/tickets/\\d+");
        assertThat(customerBrowser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Aparece um erro ao conectar.", file.getFileName().toString());

        agentBrowser = Chromium.start("en");
        signIn(agentBrowser, agent);
        agentBrowser.get(url("/agent?view=unassigned"));
        Chromium.screenshot(agentBrowser, "agent-unassigned-queue");
        agentBrowser.findElement(By.linkText("Não consigo acessar a VPN")).click();
        agentBrowser.findElement(By.id("assignee")).findElement(By.cssSelector("option[value='" + agent.id() + "']")).click();
        submit(agentBrowser, "#ticket-fields button[type=submit]");
        agentBrowser.findElement(By.cssSelector("[data-rich-for=body]")).sendKeys("Reinstale o cliente da VPN, por favor.");
        submit(agentBrowser, "form.reply-form button[type=submit]");
        Chromium.screenshot(agentBrowser, "agent-ticket-view");
        assertThat(agentBrowser.findElement(By.cssSelector(".flash-area")).getText()).contains("Reply sent");

        customerBrowser.get(ticketUrl);
        Chromium.screenshot(customerBrowser, "portal-ticket-with-reply");
        assertThat(customerBrowser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Reinstale o cliente da VPN, por favor.");
        assertThat(customerBrowser.findElement(By.cssSelector(".page-head .badge")).getText()).isEqualTo("Aberto");
    }

    private void signIn(WebDriver browser, TestUser user) {
        Chromium.signIn(browser, url(""), user);
    }

    /** Clicks a form's button and waits for the next page, so nothing is read from the old one. */
    private static void submit(WebDriver browser, String button) {
        Chromium.submit(browser, button);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
