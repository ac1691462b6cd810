package dev.atende.survey;

import dev.atende.survey.internal.AutomaticSenderRecords;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that send automatic mail (auto-replies, lists, bulk senders), as the e-mail channel
 * sees them arrive: such an address is not sent surveys for a while. One cheap write per such
 * mail, which never fails the ingest.
 */
@Service
public class AutomaticSenders {

    private final AutomaticSenderRecords records;
    private final Clock clock;

    AutomaticSenders(AutomaticSenderRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    public void seen(String address) {
        if (address != null) {
            records.seen(address, clock.instant());
        }
    }
}
