package dev.atende.channel.email.internal.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atende.channel.email.ConnectionStage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestLanesTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void differentSendersRunSideBySide() throws Exception {
        var lanes = new IngestLanes(pool, 2);
        var bothStarted = new CountDownLatch(2);

        lanes.submit(peek("ana@c.test", "1"), () -> meet(bothStarted, "1"));
        lanes.submit(peek("rui@c.test", "2"), () -> meet(bothStarted, "2"));
        lanes.awaitAll();

        assertThat(done).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void oneSendersMessagesRunInTheirOrder() throws Exception {
        var lanes = new IngestLanes(pool, 2);

        for (int i = 1; i <= 20; i++) {
            String id = Integer.toString(i);
            lanes.submit(peek(i % 2 == 0 ? "ana@c.test" : "rui@c.test", id), () -> slowly(id));
        }
        lanes.awaitAll();

        assertThat(done.stream().filter(id -> Integer.parseInt(id) % 2 == 0).map(Integer::parseInt))
                .isSorted().hasSize(10);
        assertThat(done.stream().filter(id -> Integer.parseInt(id) % 2 == 1).map(Integer::parseInt))
                .isSorted().hasSize(10);
    }

    @Test
    void aReplyFromSomeoneElseWaitsForTheMessageItAnswers() throws Exception {
        var lanes = new IngestLanes(pool, 2);

        lanes.submit(peek("ana@c.test", "question"), () -> slowly("question"));
        lanes.submit(new HeaderPeek("agent@c.test", "answer", List.of("question")), () -> record("answer"));
        lanes.awaitAll();

        assertThat(done).containsExactly("question", "answer");
    }

    @Test
    void aMessageTiedToTwoLanesOrWithoutSenderWaitsForEverythingBefore() throws Exception {
        var lanes = new IngestLanes(pool, 2);

        lanes.submit(peek("ana@c.test", "a"), () -> slowly("a"));
        lanes.submit(peek("rui@c.test", "b"), () -> slowly("b"));
        lanes.submit(new HeaderPeek("ana@c.test", "c", List.of("b")), () -> record("c"));
        lanes.submit(new HeaderPeek(null, "d", List.of()), () -> record("d"));
        lanes.awaitAll();

        assertThat(done).hasSize(4).endsWith("c", "d");
    }

    @Test
    void aFailureStopsItsLaneAndTheBatch() throws Exception {
        var lanes = new IngestLanes(pool, 2);
        var failure = new MailboxFailure(ConnectionStage.STORE, "mail.poll.store", "x", "disk full");

        lanes.submit(peek("ana@c.test", "1"), () -> {
            throw failure;
        });
        lanes.submit(peek("ana@c.test", "2"), () -> record("2"));
        pool.awaitTermination(200, TimeUnit.MILLISECONDS);

        assertThatThrownBy(lanes::awaitAll).isSameAs(failure);
        assertThat(lanes.submit(peek("rui@c.test", "3"), () -> record("3"))).isNull();
        assertThat(done).isEmpty();
    }

    private static HeaderPeek peek(String sender, String id) {
        return new HeaderPeek(sender, id, List.of());
    }

    private void meet(CountDownLatch latch, String id) {
        latch.countDown();
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).as("the other lane ran at the same time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record(id);
    }

    private void slowly(String id) {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record(id);
    }

    private void record(String id) {
        done.add(id);
    }
}
