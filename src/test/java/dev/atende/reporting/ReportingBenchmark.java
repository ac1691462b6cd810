package dev.atende.reporting;

import dev.atende.reporting.internal.FactsRebuild;
import dev.atende.support.PostgresServerTest;
import dev.atende.support.TestServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports over 1,000,000 tickets (two years, ~1,370 a day, three groups): the team dashboard page
 * for 90 days and the 12-month KPI CSV export by month, over HTTP against the whole application
 * on PostgreSQL. Not part of the suite (Surefire runs {@code *Tests}); run
 * {@code bench/reporting/run.sh}. {@code -Dbench.tickets=N} changes the number.
 */
@PostgresServerTest
class ReportingBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FactsRebuild rebuild;

    @Test
    void teamDashboardAndYearlyExportOverAMillionTickets() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 1_000_000);
        List<String> report = new ArrayList<>();
        report.add("=== Reporting benchmark: " + String.format("%,d", tickets) + " tickets over 730 days, PostgreSQL ===");
        report.add(String.format("machine:   %d cores, %s %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.specification.version")));
        long facts = jdbc.queryForObject("select count(*) from ticket_facts", Long.class);
        if (facts >= tickets) { // a kept schema (-Dbench.schema) seeded by an earlier run
            report.add(String.format("seeding:   reused the %,d facts of schema %s", facts, System.getProperty("bench.schema")));
        } else {
            long seeded = time(() -> BenchSeed.seed(jdbc, tickets));
            report.add(String.format("seeding:   %.1f s (tickets, articles, history, SLA rows and breaches, by SQL)",
                    seeded / 1e3));
            long rebuilt = time(() -> rebuild.rebuildAll());
            report.add(String.format("facts:     rebuilt from the tickets in %.1f s (%,.0f tickets/s)", rebuilt / 1e3,
                    tickets / (rebuilt / 1e3)));
        }
        // as a running system is: vacuumed (autovacuum would otherwise work through the fresh
        // million rows during the timings) and its statistics current
        jdbc.execute("vacuum analyze");

        awaitSearchIndex(); // a kept schema's first run builds it in the background: not during the timings
        HttpClient admin = signedIn();
        long l1 = jdbc.queryForObject("select id from support_groups where name = 'L1'", Long.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String dashboard = "/reports/team?group=" + l1 + "&from=" + today.minusDays(89) + "&to=" + today;
        String all = "/admin/reports?from=" + today.minusDays(89) + "&to=" + today;
        String csv = "/api/v1/reports/kpis.csv?interval=month&from=" + today.minusMonths(12).withDayOfMonth(1)
                + "&to=" + today.withDayOfMonth(1).minusDays(1);
        String tickets90 = "/api/v1/reports/tickets.csv?group=" + l1 + "&from=" + today.minusDays(89) + "&to=" + today;
        report.add(measure("team dashboard (L1, 90 days, page)", admin, dashboard, 20));
        report.add(measure("admin dashboard (all, 90 days, page)", admin, all, 10));
        report.add(measure("KPI CSV, 12 months by month (all)", admin, csv, 5));
        report.add(measure("ticket CSV, L1, 90 days", admin, tickets90, 3));

        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.writeString(Path.of(out), text);
        }
    }

    private String measure(String name, HttpClient client, String path, int runs) throws Exception {
        long cold = System.nanoTime();
        get(client, path);
        cold = (System.nanoTime() - cold) / 1_000_000;
        // a server in use has compiled these paths and sized its heap long ago: the first calls after
        // a start run interpreted code and meet a heap still growing (about ten calls here)
        for (int i = 0; i < WARM_UP; i++) {
            get(client, path);
        }
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(client, path);
            millis.add((System.nanoTime() - start) / 1_000_000);
            bytes = response.body().length;
        }
        if (Boolean.getBoolean("bench.verbose")) {
            System.out.println(name + " in run order (ms): " + millis);
        }
        Collections.sort(millis);
        return String.format("%-40s p50 %5d ms   p95 %5d ms   max %5d ms   (%d runs, %,d bytes; first call %,d ms)",
                name, millis.get((int) Math.ceil(runs * 0.5) - 1), millis.get((int) Math.ceil(runs * 0.95) - 1),
                millis.get(runs - 1), runs, bytes, cold);
    }

    private void awaitSearchIndex() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (!new String(get(client, "/api/v1/search/index").body(), StandardCharsets.UTF_8)
                    .contains("\"rebuilding\":true")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the search index was still being built after 10 minutes");
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(2));
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (TestServer.ADMIN_EMAIL + ":" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return response;
    }

    /** A browser session of the admin (form login with its CSRF token). */
    private HttpClient signedIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(TestServer.ADMIN_EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestServer.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
