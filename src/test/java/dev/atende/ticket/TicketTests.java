package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atende.shared.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ticket guards its own state and notes every change for the history. */
class TicketTests {

    private static final Instant OPENED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-22T11:30:00Z");

    private Ticket ticket() {
        return new Ticket(10001, "Printer", Priority.NORMAL, Channel.WEB, 7, 3L, 1, OPENED);
    }

    @Test
    void startsNewAndUnansweredWithNothingToRecord() {
        Ticket ticket = ticket();

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.firstResponseAt()).isNull();
        assertThat(ticket.drainChanges()).isEmpty();
    }

    @Test
    void firstAgentReplyIsTheFirstResponseAndLaterOnesDoNotMoveIt() {
        Ticket ticket = ticket();

        ticket.answeredByAgent(LATER);
        ticket.answeredByAgent(LATER.plusSeconds(600));

        assertThat(ticket.firstResponseAt()).isEqualTo(LATER);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.drainChanges()).containsExactly(new FieldChange("status", "new", "open"));
    }

    @Test
    void solvingStampsTheTimeAndReopeningClearsIt() {
        Ticket ticket = ticket();

        ticket.changeStatus(TicketStatus.SOLVED, LATER);
        Instant solvedAt = ticket.solvedAt();
        ticket.answeredByCustomer(LATER.plusSeconds(60));

        assertThat(solvedAt).isEqualTo(LATER);
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.solvedAt()).isNull();
    }

    @Test
    void closingIsFinal() {
        Ticket ticket = ticket();
        ticket.changeStatus(TicketStatus.CLOSED, LATER);

        assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.OPEN, LATER))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ticket.closedAt()).isEqualTo(LATER);
        assertThat(ticket.solvedAt()).isEqualTo(LATER);
    }

    @Test
    void recordsOnlyRealChangesWithOldAndNewValues() {
        Ticket ticket = ticket();

        ticket.changePriority(Priority.NORMAL, LATER);
        ticket.changePriority(Priority.URGENT, LATER);
        ticket.retag(Set.of("vip", "printer"), LATER);
        ticket.retag(Set.of("printer", "vip"), LATER);
        ticket.assignTo(42L, LATER);
        ticket.moveToGroup(1, LATER);

        assertThat(ticket.drainChanges()).containsExactly(
                new FieldChange("priority", "normal", "urgent"),
                new FieldChange("tags", "", "printer, vip"),
                new FieldChange("assignee", null, "42"));
        assertThat(ticket.updatedAt()).isEqualTo(LATER);
        assertThat(ticket.tags()).containsExactly("printer", "vip");
    }

    @Test
    void customerReplyToAPendingTicketBringsItBackToTheTeam() {
        Ticket ticket = ticket();
        ticket.changeStatus(TicketStatus.PENDING, LATER);

        ticket.answeredByCustomer(LATER.plusSeconds(5));

        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    }
}
