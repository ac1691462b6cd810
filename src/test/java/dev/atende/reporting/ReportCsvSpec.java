package dev.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.ApiResponse;
import dev.atende.support.ApiSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV exports: what spreadsheet apps need, and formulas that stay text. */
abstract class ReportCsvSpec extends ApiSpec {

    HandBuiltWeek week;

    @BeforeEach
    void buildTheWeek() {
        week = new HandBuiltWeek(api, people, jdbc);
        subject(week.t1, "=HYPERLINK(\"http://evil.example\",\"clique\")");
        subject(week.t5, "Olá, \"mundo\"");
        subject(week.t2, "+55 11 99999-0000");
        subject(week.t3, "-1+2");
        subject(week.t4, "@SUM(A1:A9)");
    }

    private void subject(long ticket, String subject) {
        jdbc.update("update tickets set subject = ? where id = ?", subject, ticket);
    }

    private ApiResponse csv(String path) {
        return api.as(people.admin()).get(path + "?" + week.period("")).expect(200);
    }

    @Test
    void ticketsExportHasABomAndNeutralizedFormulas() {
        ApiResponse response = csv("/api/v1/reports/tickets.csv");
        assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"atende-tickets-");
        assertThat(response.body()).startsWith("\uFEFFid,number,subject,status,channel,priority,group,assignee,");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clique\"\")\",solved,email,");
        assertThat(lines.get(2)).contains(",\"Olá, \"\"mundo\"\"\",solved,web,");
        assertThat(lines.get(3)).contains(",'+55 11 99999-0000,solved,web,");
        assertThat(lines.get(4)).contains(",'-1+2,open,web,");
        assertThat(lines.get(5)).contains(",'@SUM(A1:A9),solved,phone,");
        String t1 = lines.get(1);
        assertThat(t1).startsWith(week.t1 + ",");
        assertThat(t1).endsWith("," + week.tickets.at("2026-01-09 17:00") + "," + week.tickets.at("2026-01-12 09:00")
                + ",230400,7200," + week.tickets.at("2026-01-12 10:00") + ",234000,10800,1,0,true,missed,,met,5,true");
        assertThat(t1).contains("," + week.a1.name() + ",");
    }

    @Test
    void kpisExportOneRowForThePeriodOrOnePerDay() {
        List<String> lines = csv("/api/v1/reports/kpis.csv").body().lines().toList();
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines.get(0).substring(1).split(","));
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertThat(row.get(header.indexOf("created"))).isEqualTo("5");
        assertThat(row.get(header.indexOf("first_response_p90_s"))).isEqualTo("146880");
        assertThat(row.get(header.indexOf("first_response_business_mean_s"))).isEqualTo("7680");
        assertThat(row.get(header.indexOf("resolution_median_s"))).isEqualTo("54000");
        assertThat(row.get(header.indexOf("reopen_rate"))).isEqualTo("0.25");
        assertThat(row.get(header.indexOf("csat_score"))).isEqualTo("0.6667");
        assertThat(row.get(header.indexOf("sla_compliance"))).isEqualTo("0.75");
        assertThat(row.get(header.indexOf("deflection_rate"))).isEmpty();

        List<String> days = api.as(people.admin()).get("/api/v1/reports/kpis.csv?interval=day&" + week.period(""))
                .expect(200).body().lines().toList();
        assertThat(days).hasSize(7); // header, Friday to Wednesday
        assertThat(days.get(1)).startsWith(week.tickets.at("2026-01-09 00:00") + "," + week.tickets.at("2026-01-10 00:00")
                + ",1,0,");
    }

    @Test
    void trendAndBreakdownExports() {
        List<String> trend = csv("/api/v1/reports/trend.csv").body().lines().toList();
        assertThat(trend.get(0)).isEqualTo("\uFEFFfrom,to,created,solved,first_response_median_s,resolution_median_s,"
                + "csat_score");
        assertThat(trend).hasSize(7);
        List<String> channels = csv("/api/v1/reports/breakdown.csv").body().lines().toList();
        assertThat(channels).containsExactly("\uFEFFkey,name,created,solved,first_response_median_s,resolution_median_s",
                "web,web,3,2,7200,54000", "email,email,1,1,230400,234000", "phone,phone,1,1,600,1800");
    }
}
