package dev.atende.channel.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import dev.atende.support.Unique;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server stops after a mail was stored and before it was processed: the mail is not lost, nor doubled. */
@H2ServerTest
class AbandonedMailRecoveryTests extends ApiSpec {

    @Autowired
    InboundStore store;

    @Autowired
    AbandonedMailRecovery recovery;

    @Test
    void aMailStoredButNotProcessedIsProcessedExactlyOnceAfterTheRestart() throws Exception {
        String subject = Unique.name("Crash");
        byte[] mail = ("Message-ID: <" + Unique.name("crash") + "@c.test>\r\nFrom: " + Unique.email("eva")
                + "\r\nSubject: " + subject + "\r\n\r\nStored, then the power went out.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var stored = store.storeOnly(mail, null, "raw", null);

        int first = recoverAll();
        int second = recoverAll();
        var again = store.receive(mail, null, "raw", null);

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(again.result()).isEqualTo("duplicate");
        assertThat(jdbc.queryForObject("select count(*) from tickets where subject = ?", Long.class, subject)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from mail_inbound where id = ?", String.class,
                stored.mail().id())).isEqualTo("processed");
    }

    @Test
    void processingTheSameMailFromTwoThreadsAtOnceMakesOneTicket() throws Exception {
        String subject = Unique.name("Race");
        byte[] mail = ("Message-ID: <" + Unique.name("race") + "@c.test>\r\nFrom: " + Unique.email("rui")
                + "\r\nSubject: " + subject + "\r\n\r\nTwo nodes, one mail.\r\n").getBytes(StandardCharsets.UTF_8);
        long id = store.storeOnly(mail, null, "raw", null).mail().id();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> store.process(id).result()));
            }
            var outcomes = new java.util.ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("created").allMatch(r -> r.equals("created") || r.equals("duplicate"));
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("select count(*) from tickets where subject = ?", Long.class, subject)).isEqualTo(1);
    }

    private int recoverAll() {
        return recovery.recover(Duration.ZERO);
    }
}
