package dev.atende.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail, in process, on a free port) that every full-server test
 * context sends its mail to; tests read what arrived for an address. One per JVM, shared by
 * both database flavours: look mail up by the unique addresses your test created.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    /** The running server (started on first use). */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop test SMTP"));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = server().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("atende-test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", Integer.toString(port),
                "atende.mail.outbox-interval", "PT0.5S",
                "atende.mail.from", "suporte@atende.test")));
    }

    /**
     * The mails addressed to this address so far (To or Cc), each once: the server keeps one
     * copy per recipient, so copies with the same Message-ID count as one mail.
     */
    public static List<MimeMessage> to(String address) {
        var seen = new java.util.HashSet<String>();
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return seen.add(String.valueOf(m.getMessageID()));
            } catch (Exception e) {
                return true;
            }
        }).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits (at most 20 s) until this many mails were delivered to the address, and answers them. */
    public static List<MimeMessage> await(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<MimeMessage> found = to(address);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = to(address);
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " mails to " + address + " but got " + found.size());
        }
        return found;
    }
}
