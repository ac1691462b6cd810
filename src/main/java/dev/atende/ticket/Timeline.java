package dev.atende.ticket;

import java.time.Instant;
import java.util.List;

/** A ticket's story as people read it: articles and field changes, oldest first. */
public record Timeline(Ticket ticket, List<Entry> entries) {

    public sealed interface Entry {
        Instant at();
    }

    /** A reply or note with its files. */
    public record Message(Article article, List<Attachment> attachments) implements Entry {
        public Instant at() {
            return article.createdAt();
        }
    }

    /** A change of one field ({@code created} marks the opening). */
    public record Change(HistoryEntry change) implements Entry {
        public Instant at() {
            return change.at();
        }
    }
}
