package dev.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due times in business time, each stated literally: where help desks usually get it wrong. */
class BusinessCalendarTests {

    private static final BusinessHours SPLIT_DAY = BusinessHours.weekdays(BusinessInterval.parse("08:00", "12:00"),
            BusinessInterval.parse("13:00", "18:00"));

    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            "sao-paulo", new BusinessCalendar(ZoneId.of("America/Sao_Paulo"), SPLIT_DAY, BrazilianHolidays.national()),
            "sao-paulo-24/7", BusinessCalendar.allDay(ZoneId.of("America/Sao_Paulo")),
            "new-york", new BusinessCalendar(ZoneId.of("America/New_York"),
                    BusinessHours.weekdays(BusinessInterval.parse("09:00", "17:00")), List.of()),
            "new-york-24/7", BusinessCalendar.allDay(ZoneId.of("America/New_York")),
            "lisbon", new BusinessCalendar(ZoneId.of("Europe/Lisbon"),
                    BusinessHours.weekdays(BusinessInterval.parse("09:00", "18:00")), List.of()),
            "lisbon-24/7", BusinessCalendar.allDay(ZoneId.of("Europe/Lisbon")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            within the morning                       | sao-paulo      | 2026-11-23T09:00-03:00 |   60 | 2026-11-23T10:00-03:00
            over the lunch break                     | sao-paulo      | 2026-11-23T11:30-03:00 |   60 | 2026-11-23T13:30-03:00
            over the night                           | sao-paulo      | 2026-11-24T17:30-03:00 |   60 | 2026-11-25T08:30-03:00
            over the weekend                         | sao-paulo      | 2026-11-27T17:00-03:00 |  120 | 2026-11-30T09:00-03:00
            created on a Saturday                    | sao-paulo      | 2026-11-28T10:00-03:00 |   30 | 2026-11-30T08:30-03:00
            created before opening                   | sao-paulo      | 2026-11-30T06:45-03:00 |   30 | 2026-11-30T08:30-03:00
            created during lunch                     | sao-paulo      | 2026-11-30T12:20-03:00 |   30 | 2026-11-30T13:30-03:00
            ending exactly at closing time           | sao-paulo      | 2026-11-30T17:00-03:00 |   60 | 2026-11-30T18:00-03:00
            a whole week of nine-hour days           | sao-paulo      | 2026-11-30T08:00-03:00 | 2700 | 2026-12-04T18:00-03:00
            one minute more is the next Monday       | sao-paulo      | 2026-11-30T08:00-03:00 | 2701 | 2026-12-07T08:01-03:00
            Tiradentes on a Tuesday                  | sao-paulo      | 2026-04-20T17:00-03:00 |  120 | 2026-04-22T09:00-03:00
            Consciência Negra on a Friday            | sao-paulo      | 2026-11-19T17:00-03:00 |  120 | 2026-11-23T09:00-03:00
            Christmas on a Friday                    | sao-paulo      | 2026-12-24T17:00-03:00 |  120 | 2026-12-28T09:00-03:00
            Carnaval 2027 (movable, Monday+Tuesday)  | sao-paulo      | 2027-02-05T17:00-03:00 |  120 | 2027-02-10T09:00-03:00
            Good Friday 2027 (movable)               | sao-paulo      | 2027-03-25T17:00-03:00 |  120 | 2027-03-29T09:00-03:00
            Corpus Christi 2027 (movable)            | sao-paulo      | 2027-05-26T17:00-03:00 |  120 | 2027-05-28T09:00-03:00
            leap day 2028 is Carnaval Tuesday        | sao-paulo      | 2028-02-25T17:00-03:00 |  120 | 2028-03-01T09:00-03:00
            leap day in a 24/7 calendar              | sao-paulo-24/7 | 2028-02-28T12:00-03:00 | 2880 | 2028-03-01T12:00-03:00
            leap day as a working day                | new-york       | 2028-02-28T16:00-05:00 |  120 | 2028-02-29T10:00-05:00
            24/7 through a Saturday night            | sao-paulo-24/7 | 2026-11-28T22:00-03:00 |  180 | 2026-11-29T01:00-03:00
            New York springs forward over a weekend  | new-york       | 2026-03-06T16:00-05:00 |  120 | 2026-03-09T10:00-04:00
            New York's 24/7 night of 23 hours        | new-york-24/7  | 2026-03-08T00:00-05:00 |  240 | 2026-03-08T05:00-04:00
            New York's 24/7 night of 25 hours        | new-york-24/7  | 2026-11-01T00:00-04:00 |  180 | 2026-11-01T02:00-05:00
            Lisbon springs forward over a weekend    | lisbon         | 2026-03-27T17:00Z      |  120 | 2026-03-30T10:00+01:00
            Lisbon's 24/7 spring night               | lisbon-24/7    | 2026-03-29T00:00Z      |  120 | 2026-03-29T03:00+01:00
            Lisbon's 24/7 autumn night               | lisbon-24/7    | 2026-10-25T00:00+01:00 |  180 | 2026-10-25T02:00Z
            a São Paulo calendar read from Lisbon    | sao-paulo      | 2026-11-27T20:00Z      |  120 | 2026-11-30T12:00Z
            zero business time is the start itself  | sao-paulo      | 2026-11-28T10:00-03:00 |    0 | 2026-11-28T10:00-03:00
            """)
    void dueTimes(String situation, String calendar, String start, long minutes, String due) {
        Instant computed = CALENDARS.get(calendar).plus(instant(start), Duration.ofMinutes(minutes));

        assertThat(computed).as(situation).isEqualTo(instant(due));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Friday evening to Monday morning         | sao-paulo     | 2026-11-27T17:00-03:00 | 2026-11-30T09:00-03:00 | 120
            a whole Saturday                         | sao-paulo     | 2026-11-28T00:00-03:00 | 2026-11-29T00:00-03:00 |   0
            the lunch break alone                    | sao-paulo     | 2026-11-30T12:00-03:00 | 2026-11-30T13:00-03:00 |   0
            a holiday week (Carnaval 2027)           | sao-paulo     | 2027-02-08T00:00-03:00 | 2027-02-13T00:00-03:00 | 1620
            New York's short day, 24/7               | new-york-24/7 | 2026-03-08T00:00-05:00 | 2026-03-09T00:00-04:00 | 1380
            Lisbon's long day, 24/7                  | lisbon-24/7   | 2026-10-25T00:00+01:00 | 2026-10-26T00:00Z      | 1500
            backwards is nothing                     | sao-paulo     | 2026-11-30T10:00-03:00 | 2026-11-30T09:00-03:00 |   0
            """)
    void businessTimeBetweenTwoMoments(String situation, String calendar, String from, String to, long minutes) {
        assertThat(CALENDARS.get(calendar).between(instant(from), instant(to))).as(situation)
                .isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void addingAndMeasuringAgreeEverywhere() {
        var random = new Random(20261125);
        Instant base = instant("2026-01-01T00:00Z");
        for (var entry : CALENDARS.entrySet()) {
            for (int i = 0; i < 500; i++) {
                Instant start = base.plusSeconds(random.nextInt(3 * 366 * 24 * 3600));
                Duration target = Duration.ofMinutes(1 + random.nextInt(20_000));
                Instant due = entry.getValue().plus(start, target);

                assertThat(entry.getValue().between(start, due)).as("%s from %s", entry.getKey(), start)
                        .isEqualTo(target);
                assertThat(entry.getValue().isBusinessTime(due.minusSeconds(1))).as("%s due %s", entry.getKey(), due)
                        .isTrue();
            }
        }
    }

    @Test
    void easterAndTheHolidaysThatMoveWithIt() {
        assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Easter.sunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Easter.sunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        var brazil = new BusinessCalendar(ZoneId.of("America/Sao_Paulo"), SPLIT_DAY, BrazilianHolidays.national());
        assertThat(brazil.isHoliday(LocalDate.of(2026, 2, 16))).as("Carnaval Monday 2026").isTrue();
        assertThat(brazil.isHoliday(LocalDate.of(2026, 2, 17))).as("Carnaval Tuesday 2026").isTrue();
        assertThat(brazil.isHoliday(LocalDate.of(2026, 2, 18))).as("Ash Wednesday is worked").isFalse();
        assertThat(brazil.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isTrue();
        assertThat(brazil.isHoliday(LocalDate.of(2026, 6, 4))).as("Corpus Christi 2026").isTrue();
    }

    @Test
    void aYearlyTwentyNinthOfFebruaryOnlyExistsInLeapYears() {
        var leapDay = Holiday.yearly("Dia bissexto", MonthDay.of(2, 29));

        assertThat(leapDay.fallsOn(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(leapDay.fallsOn(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(leapDay.fallsOn(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void hoursThatStartInASpringForwardGapStartWhenTheGapEnds() {
        var sundays = new BusinessCalendar(ZoneId.of("America/New_York"), new BusinessHours(Map.of(
                java.time.DayOfWeek.SUNDAY, List.of(BusinessInterval.parse("02:30", "03:15")))), List.of());

        assertThat(sundays.between(instant("2026-03-08T00:00-05:00"), instant("2026-03-08T12:00-04:00")))
                .as("02:30 does not exist that night: the interval is 03:00-03:15").isEqualTo(Duration.ofMinutes(15));
        assertThat(sundays.plus(instant("2026-03-08T00:00-05:00"), Duration.ofMinutes(10)))
                .isEqualTo(instant("2026-03-08T03:10-04:00"));
    }

    @Test
    void aSingleDateHolidayClosesOnlyThatDay() {
        var calendar = new BusinessCalendar(ZoneId.of("America/Sao_Paulo"), SPLIT_DAY,
                List.of(Holiday.once("Inventário", LocalDate.of(2026, 12, 1))));

        assertThat(calendar.plus(instant("2026-11-30T17:00-03:00"), Duration.ofMinutes(120)))
                .isEqualTo(instant("2026-12-02T09:00-03:00"));
        assertThat(calendar.isHoliday(LocalDate.of(2027, 12, 1))).isFalse();
    }

    @Test
    void badCalendarsAreRefused() {
        assertThatThrownBy(() -> BusinessInterval.parse("18:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessInterval.parse("24:00", "24:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessInterval.parse("8:00", "12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessInterval.parse("08:00", "25:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessHours.weekdays(BusinessInterval.parse("08:00", "12:00"),
                BusinessInterval.parse("11:00", "13:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), new BusinessHours(Map.of()), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
