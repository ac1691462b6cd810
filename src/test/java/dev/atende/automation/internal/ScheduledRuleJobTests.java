package dev.atende.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.shared.ClusterLock;
import dev.atende.support.Api;
import dev.atende.support.ApiSpec;
import dev.atende.support.H2ServerTest;
import dev.atende.support.Unique;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The every-minute job runs the scheduled rules only on the node holding the cluster-wide lease. */
@H2ServerTest
class ScheduledRuleJobTests extends ApiSpec {

    private final ScheduledRuleJob job;
    private final ClusterLock lock;

    @Autowired
    ScheduledRuleJobTests(ScheduledRuleJob job, ClusterLock lock) {
        this.job = job;
        this.lock = lock;
    }

    @Test
    void runsOnlyWhenNoOtherNodeHoldsTheLease() {
        String token = Unique.name("JOB").replaceAll("[^A-Za-z0-9]", "");
        // held before the rule exists, so the background job cannot act in between either
        ClusterLock.Lease held = acquire();
        long rule = api.as(people.admin()).post("/api/v1/schedules", Api.json("name", "Job " + token,
                "conditions", Api.json("all", List.of(Api.json("field", "subject", "op", "contains", "value", token),
                        Api.json("field", "minutes_since_created", "op", "lt", "value", 100_000))),
                "actions", List.of(Api.json("type", "add_tags", "value", List.of("seen-by-job"))))).expect(201).id();
        long ticket = api.as(people.customer()).post("/api/v1/tickets", Api.json("subject", "Job " + token, "body", "x"))
                .expect(201).id();
        try {
            job.run(); // another node has it: nothing happens here
            assertThat(tags(ticket)).isEqualTo("[]");
            held.close();
            job.run();
            assertThat(tags(ticket)).isEqualTo("[\"seen-by-job\"]");
        } finally {
            held.close();
            api.as(people.admin()).delete("/api/v1/schedules/" + rule).expect(204);
        }
    }

    /** The lease, waiting (at most 30 s) while the background job holds it. */
    private ClusterLock.Lease acquire() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var lease = lock.tryAcquire(ScheduledRuleJob.LOCK, Duration.ofMinutes(5));
            if (lease.isPresent()) {
                return lease.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the scheduled rules lease stayed taken for 30 s");
    }

    private String tags(long ticket) {
        return api.as(people.admin()).get("/api/v1/tickets/" + ticket).expect(200).json().path("tags").toString();
    }
}
