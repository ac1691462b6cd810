package dev.atende.ticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a ticket stands. {@code pending} waits on the customer, {@code on_hold} on a third
 * party; {@code solved} can be reopened, {@code closed} is final (a new message then starts a
 * new ticket).
 */
public enum TicketStatus {
    NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static TicketStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    /** The moves the help desk allows; staying put is not a move. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING, ON_HOLD, SOLVED, CLOSED);
            case OPEN -> EnumSet.of(PENDING, ON_HOLD, SOLVED, CLOSED);
            case PENDING -> EnumSet.of(OPEN, ON_HOLD, SOLVED, CLOSED);
            case ON_HOLD -> EnumSet.of(OPEN, PENDING, SOLVED, CLOSED);
            case SOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    /** What a status picker offers: staying here, then every allowed move, in declaration order. */
    public List<TicketStatus> choices() {
        return Arrays.stream(values()).filter(s -> s == this || canMoveTo(s)).toList();
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Still needs work from the team (counts in queues and backlog). */
    public boolean isActive() {
        return this == NEW || this == OPEN || this == PENDING || this == ON_HOLD;
    }
}
