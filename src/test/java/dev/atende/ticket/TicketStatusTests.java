package dev.atende.ticket;

import static dev.atende.ticket.TicketStatus.CLOSED;
import static dev.atende.ticket.TicketStatus.NEW;
import static dev.atende.ticket.TicketStatus.ON_HOLD;
import static dev.atende.ticket.TicketStatus.OPEN;
import static dev.atende.ticket.TicketStatus.PENDING;
import static dev.atende.ticket.TicketStatus.SOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketStatusTests {

    @ParameterizedTest(name = "{0} may move to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW     | OPEN, PENDING, ON_HOLD, SOLVED, CLOSED
            OPEN    | PENDING, ON_HOLD, SOLVED, CLOSED
            PENDING | OPEN, ON_HOLD, SOLVED, CLOSED
            ON_HOLD | OPEN, PENDING, SOLVED, CLOSED
            SOLVED  | OPEN, CLOSED
            CLOSED  |
            """)
    void allowsExactlyTheseMoves(TicketStatus from, String allowed) {
        var expected = EnumSet.noneOf(TicketStatus.class);
        if (allowed != null) {
            for (String name : allowed.split(",\\s*")) {
                expected.add(TicketStatus.valueOf(name));
            }
        }

        for (TicketStatus to : TicketStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected.contains(to));
        }
    }

    @ParameterizedTest
    @CsvSource({"new,NEW", "on_hold,ON_HOLD", "closed,CLOSED", "Open,", "merged,", "'',"})
    void parsesOnlyTheApiSpelling(String code, TicketStatus expected) {
        assertThat(TicketStatus.fromCode(code)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void pickerOffersTheCurrentStatusAmongTheAllowedMovesInOrder() {
        assertThat(SOLVED.choices()).containsExactly(OPEN, SOLVED, CLOSED);
        assertThat(CLOSED.choices()).containsExactly(CLOSED);
        assertThat(NEW.isActive()).isTrue();
        assertThat(EnumSet.of(PENDING, ON_HOLD)).allMatch(TicketStatus::isActive);
    }
}
