package dev.atende.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.channel.email.internal.polling.PollingSettings;
import dev.atende.identity.Actor;
import dev.atende.identity.Role;
import dev.atende.shared.Change;
import dev.atende.support.PostgresServerTest;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * How fast mail polled from an IMAP mailbox becomes tickets in PostgreSQL, end to end: the
 * scheduler finds the mailbox due, the poller fetches batches over IMAP, every mail is stored,
 * parsed, threaded and turned into a ticket or article, then expunged from the server.
 *
 * <p>Not part of the test suite (Surefire runs {@code *Tests}); run it with
 * {@code bench/mail-ingest/run.sh}, which starts a Dovecot IMAP server for it ({@code
 * -Dbench.dovecot.maildir}, {@code -Dbench.dovecot.port}; without them GreenMail runs inside this
 * JVM). {@code -Dbench.messages=N} changes the number of mails
 * (default 10,000); {@code -Dbench.window=N} keeps at most N messages in the mailbox, topping
 * it up as the poller drains it (default 0: all of them there before polling starts). It prints
 * messages per second and the peak heap, and writes them to
 * {@code -Dbench.out} (default {@code target/bench/mail-ingest.txt}).
 */
@PostgresServerTest
@TestPropertySource(properties = {"atende.mail.polling.tick=PT1S", "atende.mail.polling.initial-delay=PT1S",
        "logging.level.dev.atende.channel.email.internal.InboundStore=WARN"})
class MailIngestBenchmark {

    private static final Actor SYSTEM = new Actor(0, "bench", "bench", Role.ADMIN, null, false, Set.of(), null);
    private static final double TARGET = 200;

    private final MailboxManagement mailboxes;
    private final JdbcTemplate jdbc;
    private final PollingSettings settings;
    private final dev.atende.sla.CalendarManagement calendars;
    private final dev.atende.sla.SlaPolicyManagement policies;

    @Autowired
    MailIngestBenchmark(MailboxManagement mailboxes, JdbcTemplate jdbc, PollingSettings settings,
            dev.atende.sla.CalendarManagement calendars, dev.atende.sla.SlaPolicyManagement policies) {
        this.mailboxes = mailboxes;
        this.jdbc = jdbc;
        this.settings = settings;
        this.calendars = calendars;
        this.policies = policies;
    }

    @Test
    void ingestsMixedMailFromImapIntoPostgres() throws Exception {
        int count = Integer.getInteger("bench.messages", 10_000);
        try (BenchImapServer server = BenchImapServer.fromSystemProperties()) {
            String runId = Long.toString(System.currentTimeMillis(), 36);
            var mails = new BenchmarkMails(42, Math.max(10, count / 20), count, runId);
            int window = Integer.getInteger("bench.window", 0);
            Map<String, Long> expected = new TreeMap<>();
            long[] bytes = {0};
            Consumer<BenchmarkMails.Mail> deliver = mail -> {
                server.deliver(mail.raw());
                expected.merge(mail.expected(), 1L, Long::sum);
                bytes[0] += mail.raw().length;
            };
            long setupStart = System.nanoTime();
            int preloaded = window > 0 ? Math.min(window, count) : count;
            for (int i = 0; i < preloaded; i++) {
                deliver.accept(mails.next());
            }
            Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);

            boolean sla = Boolean.getBoolean("bench.sla");
            if (sla) { // every ticket under a policy: its SLA kept in the ticket's transaction
                long calendar = calendars.create(SYSTEM, new dev.atende.sla.CalendarDraft(Change.to("Bench " + runId),
                        Change.to(java.time.ZoneId.of("America/Sao_Paulo")), Change.to(dev.atende.sla.BusinessHours.weekdays(
                                dev.atende.sla.BusinessInterval.parse("08:00", "18:00"))),
                        Change.to(dev.atende.sla.BrazilianHolidays.national()))).id();
                policies.create(SYSTEM, new dev.atende.sla.PolicyDraft(Change.to("Bench " + runId), Change.absent(),
                        Change.to(calendar), Change.absent(), Change.to(240), Change.to(120), Change.to(2400),
                        Change.absent(), Change.absent(), Change.absent(), Change.absent()));
            }
            Heap heap = new Heap();
            long[] machineBefore = machineTicks();
            long startCpu = cpuNanos();
            long start = System.nanoTime();
            long mailbox = mailboxes.create(SYSTEM, newMailbox(server.port())).id();
            while (mails.hasNext()) { // stream mode: topped up as the poller drains it
                while (server.messageCount() >= window) {
                    Thread.sleep(2);
                }
                deliver.accept(mails.next());
            }
            while (!server.isEmpty()) {
                Thread.sleep(50);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("ingestion time").isLessThan(Duration.ofMinutes(30));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            long cpu = cpuNanos() - startCpu;
            long[] machineAfter = machineTicks();
            heap.stop();

            Map<String, Long> stored = jdbc.queryForList(
                    "select result, count(*) as n from mail_inbound where mailbox_id = ? group by result", mailbox)
                    .stream().collect(Collectors.toMap(r -> String.valueOf(r.get("result")),
                            r -> ((Number) r.get("n")).longValue(), Long::sum, TreeMap::new));
            double perSecond = count / (elapsed.toNanos() / 1e9);
            String feed = window > 0 ? String.format("at most %,d in the mailbox at a time, topped up as it drains", window)
                    : String.format("all %,d in the mailbox before polling starts", count);
            String machine = machineBefore == null || machineAfter == null ? "not available"
                    : String.format("%.0f%% busy (all processes: this JVM, PostgreSQL, anything else running)",
                            100.0 * (machineAfter[0] - machineBefore[0])
                                    / Math.max(1, machineAfter[1] - machineBefore[1]));
            String report = report(server.name(), count, bytes[0], feed, setup, elapsed, perSecond, cpu, machine, heap,
                    expected, stored);
            System.out.println(report);
            Path out = Path.of(System.getProperty("bench.out", "target/bench/mail-ingest.txt"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);

            assertThat(stored.getOrDefault(IngestResult.CREATED, 0L)).isEqualTo(expected.get(IngestResult.CREATED));
            assertThat(stored.getOrDefault(IngestResult.APPENDED, 0L)).isEqualTo(expected.get(IngestResult.APPENDED));
            assertThat(stored.getOrDefault(IngestResult.FAILED, 0L)).isZero();
        }
    }

    private static MailboxChanges newMailbox(int port) {
        return new MailboxChanges(Change.to("Benchmark"), Change.to("suporte@bench.atende.test"),
                Change.to(MailProtocol.IMAP), Change.to(MailSecurity.NONE), Change.to("127.0.0.1"), Change.to(port),
                Change.to("suporte"), Change.to("bench-password"), Change.absent(), Change.absent(), Change.to(60),
                Change.to(true), Change.absent());
    }

    private String report(String imapServer, int count, long bytes, String feed, Duration setup, Duration elapsed, double perSecond, long cpu,
            String machine,
            Heap heap, Map<String, Long> expected, Map<String, Long> stored) {
        Function<Long, String> mb = b -> String.format("%.0f MB", b / 1024.0 / 1024.0);
        var runtime = ManagementFactory.getRuntimeMXBean();
        return String.join("\n",
                "=== Mail ingestion benchmark: IMAP -> poller -> PostgreSQL ===",
                String.format("imap server:   %s", imapServer),
                String.format("machine:       %d cores, %s %s, max heap %s", Runtime.getRuntime().availableProcessors(),
                        runtime.getVmName(), runtime.getSpecVersion(), mb.apply(Runtime.getRuntime().maxMemory())),
                String.format("messages:      %,d (%s of raw mail), mix %s", count, mb.apply(bytes), expected),
                String.format("stored:        %s (duplicates are not stored twice)", stored),
                String.format("feed:          %s; %.1f s to deliver before the clock starts", feed,
                        setup.toMillis() / 1000.0),
                String.format("settings:      %,d messages per poll, %d ingest threads, %s", settings.maxMessagesPerPoll(),
                        settings.ingestThreads(), Boolean.getBoolean("bench.sla")
                                ? "an SLA policy covering every ticket" : "no SLA policy"),
                String.format("elapsed:       %.1f s from the mailbox's creation to an empty server inbox",
                        elapsed.toMillis() / 1000.0),
                String.format("throughput:    %.0f messages/s (target %.0f: %s)", perSecond, TARGET,
                        perSecond >= TARGET ? "met" : "NOT met"),
                String.format("cpu:           %.1f s of process CPU (%.0f%% of %d cores)", cpu / 1e9,
                        100.0 * cpu / elapsed.toNanos() / Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors()),
                String.format("machine cpu:   %s", machine),
                String.format("heap:          peak %s used (sampled every 20 ms); live before %s (after GC; with GreenMail "
                        + "in this JVM, the mail it holds included), live after %s", mb.apply(heap.sampledPeak.get()),
                        mb.apply(heap.baseline), mb.apply(heap.after)),
                String.format("gc:            %d collections, %d ms", heap.collections, heap.gcMillis),
                "");
    }

    /** Busy and total CPU ticks of the whole machine (Linux {@code /proc/stat}); null elsewhere. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (Exception e) {
            return null;
        }
    }

    private static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Heap use while the mail is ingested: live before, peak during (sampled and per pool), live after. */
    private static final class Heap {

        final long baseline;
        final AtomicLong sampledPeak = new AtomicLong();
        final long gcCountBefore = gcCount();
        final long gcTimeBefore = gcTime();
        final Thread sampler;
        volatile boolean running = true;
        long after;
        long collections;
        long gcMillis;

        Heap() {
            System.gc();
            baseline = used();
            sampler = new Thread(() -> {
                while (running) {
                    sampledPeak.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            collections = gcCount() - gcCountBefore;
            gcMillis = gcTime() - gcTimeBefore;
            System.gc();
            after = used();
        }

        static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        static long gcTime() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }
}
