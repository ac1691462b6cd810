package dev.atende.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.LargeHelpDesk;
import dev.atende.support.PostgresServerTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Search latency over 1,000,000 tickets with 3 articles each (issue 6: p95 under 150 ms on the
 * 2-core machine). Not part of the test suite (Surefire runs {@code *Tests}); run
 * {@code bench/search/run.sh}. {@code -Dbench.tickets=N} changes the number; the figures are
 * printed and written to {@code -Dbench.out}.
 *
 * <p>Tickets, articles and customers are written straight to the tables ({@link LargeHelpDesk}; creating
 * them is not what is measured), the index is rebuilt through the admin API, then mixed queries
 * (words, accents left out, plurals, phrases, typos, ticket numbers, filters) are timed through
 * the HTTP API as an admin, an agent of one group and customers, with a personal access token.
 */
@PostgresServerTest
class SearchBenchmark extends ApiSpec {

    private static final String[] QUERIES = {
            "impressora", "configuracao", "configurações rede", "senha bloqueada", "printer error", "vpn conexão",
            "\"nota fiscal\"", "backup servidor", "relatorio financeiro", "impresora", "pasword reset",
            "email não enviar", "certificado atualização", "sincronização api", "teclado", "lentidão sistema",
            "fatura boleto", "wifi filial", "usuarios permissão", "database timeout", "erro", "contrato jurídico",
            "monitor cabo", "app celular login", "webhook falha", "estoque integração", "planilha exportar",
            "homologação produção", "reiniciar servidor", "cliente urgente"};

    @Autowired
    DataSource dataSource;

    @Value("${atende.data-dir}")
    Path dataDir;

    @Test
    void searchesAMillionTicketsWithinTheirBudget() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 1_000_000);
        int measured = Integer.getInteger("bench.queries", 2000);
        long firstNumber = new LargeHelpDesk(jdbc, dataSource).seed(tickets, Integer.getInteger("bench.articles", 5000));

        var admin = people.admin();
        String adminToken = token(admin);
        long l1 = jdbc.queryForObject("select id from support_groups where name = 'L1'", Long.class);
        String agentToken = token(people.agent(l1));
        long someCustomer = jdbc.queryForObject("select customer_id from tickets order by id desc limit 1", Long.class);
        jdbc.update("update users set password_hash = (select password_hash from users where id = ?) where id = ?",
                admin.id(), someCustomer);
        String customerEmail = jdbc.queryForObject("select email from users where id = ?", String.class, someCustomer);
        String customerToken = api.basic(customerEmail, admin.password()).post("/api/v1/tokens", Api.json("name", "bench"))
                .expect(201).json().path("token").asString();

        Instant indexStart = Instant.now();
        api.bearer(adminToken).post("/api/v1/search/index/rebuild", Map.of()).expect(202);
        while (true) {
            var status = api.bearer(adminToken).get("/api/v1/search/index").expect(200).json();
            if (!status.path("rebuilding").asBoolean() && status.path("waiting").asInt() == 0) {
                break;
            }
            Thread.sleep(2000);
        }
        Duration indexing = Duration.between(indexStart, Instant.now());
        long indexBytes = size(dataDir.resolve("index"));

        var random = new Random(11);
        var callers = List.of(adminToken, agentToken, customerToken);
        // warm-up: the JIT and the index's caches
        for (int i = 0; i < 300; i++) {
            run(callers.get(i % 3), query(random, firstNumber, tickets));
        }
        long[] nanos = new long[measured];
        long hits = 0;
        for (int i = 0; i < measured; i++) {
            String url = query(random, firstNumber, tickets);
            long start = System.nanoTime();
            hits += run(callers.get(i % 3), url);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);

        String report = String.join("\n",
                "=== Search benchmark: one search box over tickets, people and help articles, PostgreSQL + Lucene ===",
                String.format("machine:   %d cores, %s %s", Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.vm.name"), System.getProperty("java.specification.version")),
                String.format("data:      %,d tickets with 3 articles each (one an internal note), %,d customers, "
                        + "%,d help articles; index rebuilt in %d s, %,.0f MB on disk", tickets, tickets / 50,
                        Integer.getInteger("bench.articles", 5000), indexing.toSeconds(), indexBytes / 1e6),
                String.format("queries:   %,d over HTTP with a token (admin, an L1 agent, a customer in turn), "
                        + "all types, 10 per type; words, phrases, typos, ticket numbers, filters; %,d hits shown",
                        measured, hits),
                String.format("latency:   p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (target: p95 under 150 ms)",
                        percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                        nanos[nanos.length - 1] / 1e6),
                "");
        System.out.println(report);
        Path out = Path.of(System.getProperty("bench.out", "target/bench/search.txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(hits).isPositive();
    }

    private String token(dev.atende.support.TestUser user) {
        return api.as(user).post("/api/v1/tokens", Api.json("name", "bench")).expect(201).json().path("token")
                .asString();
    }

    private int run(String token, String url) {
        var answer = api.bearer(token).get(url).expect(200).json();
        int shown = 0;
        for (var results : answer.path("results")) {
            shown += results.path("items").size();
        }
        return shown;
    }

    private static String query(Random random, long firstNumber, int tickets) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "/api/v1/search?q=" + (firstNumber + random.nextInt(tickets));
        }
        String q = QUERIES[random.nextInt(QUERIES.length)];
        String url = "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        if (kind == 1) {
            url += "&type=ticket&status=open,pending";
        } else if (kind == 2) {
            url += "&type=ticket&channel=email&from=2026-06-01";
        }
        return url;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

}
