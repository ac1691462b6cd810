package dev.atende.channel.email.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes mails that were stored but never processed because the server stopped in between:
 * at start-up and then every minute. Processing locks the mail and skips one already done, so
 * nodes running this at the same time never process a mail twice.
 */
@Component
class AbandonedMailRecovery {

    private static final Logger log = LoggerFactory.getLogger(AbandonedMailRecovery.class);
    private static final Duration GRACE = Duration.ofMinutes(2);

    private final InboundStore store;

    AbandonedMailRecovery(InboundStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        recover(Duration.ZERO);
    }

    @Scheduled(fixedDelayString = "${atende.mail.recovery-interval:PT1M}", initialDelayString = "PT1M")
    void regularly() {
        recover(GRACE);
    }

    int recover(Duration olderThan) {
        int done = 0;
        for (Long id : store.abandoned(olderThan, 500)) {
            store.process(id);
            done++;
        }
        if (done > 0) {
            log.info("Processed {} mails left pending by an earlier stop", done);
        }
        return done;
    }
}
