package dev.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A target's clock stops while the ticket waits on the customer and resumes on their reply. */
class SlaClockTests {

    private static final BusinessCalendar SAO_PAULO = new BusinessCalendar(ZoneId.of("America/Sao_Paulo"),
            BusinessHours.weekdays(BusinessInterval.parse("08:00", "12:00"), BusinessInterval.parse("13:00", "18:00")),
            BrazilianHolidays.national());

    @Test
    void aPauseMovesTheDueTimeByTheBusinessTimeItLasted() {
        var clock = SlaClock.startedAt(at("2026-11-30T09:00-03:00"))
                .pause(at("2026-11-30T10:00-03:00"))
                .resume(at("2026-11-30T14:00-03:00")); // 3 business hours paused (lunch does not count)

        assertThat(clock.due(SAO_PAULO, Duration.ofHours(4))).contains(at("2026-11-30T17:00-03:00"));
        assertThat(clock.elapsed(SAO_PAULO, at("2026-11-30T15:00-03:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void whilePausedThereIsNoDueTimeAndTheClockStandsStill() {
        var clock = SlaClock.startedAt(at("2026-11-30T09:00-03:00")).pause(at("2026-11-30T10:00-03:00"));

        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.due(SAO_PAULO, Duration.ofHours(4))).isEmpty();
        assertThat(clock.elapsed(SAO_PAULO, at("2026-12-03T10:00-03:00"))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aTargetReachedBeforeThePauseKeepsItsTrueTime() {
        var clock = SlaClock.startedAt(at("2026-11-30T09:00-03:00")).pause(at("2026-11-30T16:00-03:00"));

        assertThat(clock.due(SAO_PAULO, Duration.ofHours(2))).contains(at("2026-11-30T11:00-03:00"));
    }

    @Test
    void severalPausesOverNightsAndHolidays() {
        var clock = SlaClock.startedAt(at("2026-11-19T17:00-03:00")) // Thursday; Friday 20 is a holiday
                .pause(at("2026-11-19T17:30-03:00"))
                .resume(at("2026-11-23T08:00-03:00")) // Monday
                .pause(at("2026-11-23T09:00-03:00"))
                .resume(at("2026-11-23T09:30-03:00"));

        assertThat(clock.due(SAO_PAULO, Duration.ofMinutes(120))).contains(at("2026-11-23T10:00-03:00"));
    }

    @Test
    void aPriorityChangeMidWayGivesANewTargetOnTheSameHistory() {
        var clock = SlaClock.startedAt(at("2026-11-30T09:00-03:00"));

        assertThat(clock.due(SAO_PAULO, Duration.ofHours(8))).contains(at("2026-11-30T18:00-03:00"));
        assertThat(clock.due(SAO_PAULO, Duration.ofHours(1))).as("raised to urgent").contains(at("2026-11-30T10:00-03:00"));
    }

    @Test
    void pausingTwiceOrResumingARunningClockChangesNothing() {
        var running = SlaClock.startedAt(at("2026-11-30T09:00-03:00"));
        var paused = running.pause(at("2026-11-30T10:00-03:00"));

        assertThat(running.resume(at("2026-11-30T11:00-03:00"))).isEqualTo(running);
        assertThat(paused.pause(at("2026-11-30T11:00-03:00"))).isEqualTo(paused);
    }

    @Test
    void pausesOutOfOrderAreRefused() {
        Instant start = at("2026-11-30T09:00-03:00");
        assertThatThrownBy(() -> new SlaClock(start, List.of(new SlaClock.Pause(start.minusSeconds(60), start))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaClock(start, List.of(new SlaClock.Pause(start, null),
                new SlaClock.Pause(start.plusSeconds(60), null)))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
