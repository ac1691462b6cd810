package dev.atende.channel.email.internal.polling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deploy-time settings of mailbox polling ({@code atende.mail.polling.*}).
 *
 * @param enabled whether this node polls at all (a node may leave it to others)
 * @param tick how often due mailboxes are looked for
 * @param maxMessagesPerPoll messages taken from one mailbox per poll, so that one huge mailbox
 *        does not starve the others (a full batch polls again at the next tick)
 * @param concurrency mailboxes polled at the same time on this node
 * @param ingestThreads threads that ingest the messages of one poll side by side (one sender's
 *        messages, and a reply and what it answers, always in order); default: the cores, at most 4
 * @param lease how long a node holds a mailbox without renewing (renewed while it works)
 * @param connectTimeout to reach a server; {@code readTimeout} for each of its answers
 */
@ConfigurationProperties("atende.mail.polling")
public record PollingSettings(Boolean enabled, Duration tick, Integer maxMessagesPerPoll, Integer concurrency,
        Integer ingestThreads, Duration lease, Duration connectTimeout, Duration readTimeout) {

    public PollingSettings {
        enabled = enabled == null || enabled;
        tick = tick == null ? Duration.ofSeconds(5) : tick;
        maxMessagesPerPoll = maxMessagesPerPoll == null ? 500 : Math.max(1, maxMessagesPerPoll);
        concurrency = concurrency == null ? 4 : Math.max(1, concurrency);
        ingestThreads = ingestThreads == null ? Math.min(4, Runtime.getRuntime().availableProcessors())
                : Math.max(1, ingestThreads);
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(15) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }
}
