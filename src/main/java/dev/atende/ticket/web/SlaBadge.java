package dev.atende.ticket.web;

import dev.atende.ticket.TicketDeadlines;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket's next SLA deadline as a badge: {@code ok} (green), {@code soon} (amber, after the
 * policy's warning), {@code late} (red, missed), or {@code paused}; {@code left} is the time to
 * the deadline or past it, in units both languages read ("2 d 3 h", "1 h 05 min", "12 min").
 */
record SlaBadge(String state, String left, Instant dueAt) {

    static SlaBadge of(TicketDeadlines.Deadlines sla, Instant now) {
        if (sla == null) {
            return null;
        }
        if (sla.paused()) {
            return new SlaBadge("paused", null, null);
        }
        String state = sla.state(now);
        if (state == null) {
            return null;
        }
        Instant due = sla.nextDueAt();
        return new SlaBadge(state, due == null ? null : span(Duration.between(now, due).abs()), due);
    }

    static String span(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes >= 24 * 60) {
            return String.format("%d d %d h", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return String.format("%d h %02d min", minutes / 60, minutes % 60);
        }
        return minutes + " min";
    }

    /** The message key of the badge's text. */
    public String code() {
        return "ticket.sla." + state + (left == null ? ".noTime" : "");
    }
}
