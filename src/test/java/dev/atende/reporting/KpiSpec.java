package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every KPI of {@link HandBuiltWeek}, worked out by hand: the expected values are written out here. */
abstract class KpiSpec extends ApiSpec {

    HandBuiltWeek week;

    @BeforeEach
    void buildTheWeek() {
        week = new HandBuiltWeek(api, people, jdbc);
    }

    private JsonNode kpis(String more) {
        return api.as(people.admin()).get("/api/v1/reports/kpis?" + week.period(more)).expect(200).json();
    }

    @Test
    void countsCreatedAndSolvedTicketsOfThePeriod() {
        JsonNode k = kpis("");
        assertThat(k.path("created").asLong()).isEqualTo(5);
        assertThat(k.path("solved").asLong()).isEqualTo(4); // T1, T5, T2 (solved again), T4
    }

    @Test
    void firstResponseTimeInCalendarAndBusinessTimeAcrossAWeekend() {
        JsonNode k = kpis("");
        // calendar: 230400 (T1, Friday 17:00 to Monday 09:00), 1800, 21600, 600, 7200
        assertThat(k.path("firstResponseTime").toString())
                .isEqualTo("{\"count\":5,\"mean\":52320.0,\"median\":7200.0,\"p90\":146880.0}");
        // business: T1 is 1 h on Friday + 1 h on Monday; T5 (Saturday) has no policy, so calendar time
        assertThat(k.path("firstResponseBusinessTime").toString())
                .isEqualTo("{\"count\":5,\"mean\":7680.0,\"median\":7200.0,\"p90\":15840.0}");
    }

    @Test
    void resolutionTimeUntilTheLastSolution() {
        JsonNode k = kpis("");
        // T1 234000, T2 97200 (to its second solution), T4 1800, T5 10800
        assertThat(k.path("resolutionTime").toString())
                .isEqualTo("{\"count\":4,\"mean\":85950.0,\"median\":54000.0,\"p90\":192960.0}");
        // T1 1 h + 2 h, T2 Monday 9 h + Tuesday 4 h, T4 0.5 h, T5 3 h
        assertThat(k.path("resolutionBusinessTime").toString())
                .isEqualTo("{\"count\":4,\"mean\":17550.0,\"median\":10800.0,\"p90\":36000.0}");
    }

    @Test
    void firstContactResolutionAndReopens() {
        JsonNode k = kpis("");
        assertThat(k.path("firstContactResolved").asLong()).isEqualTo(2); // T1 and T5; T2 reopened, T4 two replies
        assertThat(k.path("firstContactResolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(k.path("reopened").asLong()).isEqualTo(1);
        assertThat(k.path("reopenRate").asDouble()).isEqualTo(0.25);
    }

    @Test
    void slaCompliancePerTarget() {
        JsonNode k = kpis("");
        JsonNode by = k.path("slaComplianceByTarget");
        assertThat(by.path("firstResponse").toString()).isEqualTo("{\"met\":2,\"missed\":2,\"rate\":0.5}");
        assertThat(by.path("nextResponse").toString()).isEqualTo("{\"met\":1,\"missed\":0,\"rate\":1.0}");
        assertThat(by.path("resolution").toString()).isEqualTo("{\"met\":3,\"missed\":0,\"rate\":1.0}");
        assertThat(k.path("slaCompliance").asDouble()).isEqualTo(0.75);
    }

    @Test
    void csatAndResponseRate() {
        JsonNode csat = kpis("").path("csat");
        assertThat(csat.toString()).isEqualTo("{\"score\":0.6667,\"meanScore\":3.67,\"ratings\":3,\"good\":2,"
                + "\"surveysSent\":4,\"surveysAnswered\":3,\"responseRate\":0.75}");
    }

    @Test
    void backlogIsTheQueueNowByAge() {
        JsonNode k = kpis("");
        assertThat(k.path("backlog").asLong()).isEqualTo(1); // T3
        assertThat(k.path("backlogByAge").toString()).isEqualTo("{\"total\":1,\"underOneDay\":0,\"oneToThreeDays\":0,"
                + "\"threeToSevenDays\":0,\"sevenToThirtyDays\":0,\"overThirtyDays\":1}");
    }

    @Test
    void retentionComparesWithThePreviousPeriod() {
        JsonNode k = kpis("");
        // previous period: C1 (T0) and C3 (T6); C1 came back
        assertThat(k.path("retention").toString())
                .isEqualTo("{\"previousCustomers\":2,\"returningCustomers\":1,\"rate\":0.5}");
    }

    @Test
    void comparesWithThePreviousPeriod() {
        JsonNode previous = kpis("compare=true").path("previous");
        assertThat(previous.path("created").asLong()).isEqualTo(2);
        assertThat(previous.path("solved").asLong()).isEqualTo(2);
        assertThat(previous.path("firstResponseTime").toString())
                .isEqualTo("{\"count\":0,\"mean\":null,\"median\":null,\"p90\":null}");
        assertThat(previous.path("firstContactResolutionRate").asDouble()).isEqualTo(0.0);
        assertThat(previous.path("previous").isNull()).isTrue();
        assertThat(kpis("").path("previous").isNull()).isTrue();
    }

    @Test
    void deflectionOverEveryTicketOnly() {
        var t = week.tickets;
        String all = "from=" + t.day("2026-01-09") + "&to=" + t.day("2026-01-14") + "&timeZone=America/Sao_Paulo";
        JsonNode k = api.as(people.admin()).get("/api/v1/reports/kpis?" + all).expect(200).json();
        // 7 of the period's 20 forms with suggestions sent nothing; web requests created in it: T2, T3, T5
        assertThat(k.path("deflection").toString()).isEqualTo("{\"deflected\":7,\"webRequests\":3,\"rate\":0.7}");
        assertThat(kpis("").path("deflection").isNull()).isTrue(); // narrowed to a group
    }

    @Test
    void filtersByChannelAndAgent() {
        assertThat(kpis("channel=web").path("created").asLong()).isEqualTo(3);
        JsonNode mine = kpis("agent=" + week.a1.id());
        assertThat(mine.path("created").asLong()).isEqualTo(2);
        assertThat(mine.path("solved").asLong()).isEqualTo(2);
        assertThat(mine.path("firstContactResolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(mine.path("firstResponseTime").path("median").asDouble()).isEqualTo(116100.0);
        JsonNode ownView = api.as(week.a1).get("/api/v1/reports/kpis?" + week.period("agent=me")).expect(200).json();
        assertThat(ownView.path("created").asLong()).isEqualTo(2);
        assertThat(kpis("priority=urgent").path("created").asLong()).isZero();
    }

    @Test
    void trendPerDayInTheReportTimeZone() {
        JsonNode trend = api.as(people.admin()).get("/api/v1/reports/trend?interval=day&" + week.period(""))
                .expect(200).json();
        List<Long> created = trend.valueStream().map(p -> p.path("created").asLong()).toList();
        List<Long> solved = trend.valueStream().map(p -> p.path("solved").asLong()).toList();
        assertThat(created).containsExactly(1L, 1L, 0L, 1L, 1L, 1L); // Friday to Wednesday
        assertThat(solved).containsExactly(0L, 1L, 0L, 1L, 1L, 1L);
        assertThat(trend.get(0).path("from").asString()).isEqualTo(week.tickets.at("2026-01-09 00:00").toString());
        assertThat(trend.get(4).path("firstResponseMedian").asDouble()).isEqualTo(21600.0); // Tuesday: T3
    }

    @Test
    void breakdownByChannel() {
        JsonNode rows = api.as(people.admin()).get("/api/v1/reports/breakdown?by=channel&" + week.period(""))
                .expect(200).json();
        assertThat(rows.toString()).isEqualTo("[{\"key\":\"web\",\"label\":\"web\",\"created\":3,\"solved\":2,"
                + "\"firstResponseMedian\":7200.0,\"resolutionMedian\":54000.0},"
                + "{\"key\":\"email\",\"label\":\"email\",\"created\":1,\"solved\":1,\"firstResponseMedian\":230400.0,"
                + "\"resolutionMedian\":234000.0},"
                + "{\"key\":\"phone\",\"label\":\"phone\",\"created\":1,\"solved\":1,\"firstResponseMedian\":600.0,"
                + "\"resolutionMedian\":1800.0}]");
    }
}
