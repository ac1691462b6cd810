package dev.atende.search;

import java.time.Instant;

/**
 * The state of the search index: whether a full rebuild runs, when the last one started and
 * ended, how many documents it wrote, how many changes wait to be indexed, and the last error.
 */
public record IndexStatus(boolean rebuilding, Instant startedAt, Instant finishedAt, long documents, int waiting,
        String lastError) {
}
