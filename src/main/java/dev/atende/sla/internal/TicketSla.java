package dev.atende.sla.internal;

import dev.atende.sla.BusinessCalendar;
import dev.atende.sla.SlaClock;
import dev.atende.sla.SlaPolicy;
import dev.atende.sla.SlaTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One ticket's SLA: the facts it is computed from and the due times last computed. */
@Entity
@Table(name = "ticket_slas")
public class TicketSla {

    /** At most this many pauses are kept (the column holds about 70). */
    private static final int MAX_PAUSES = 60;

    @Id
    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "policy_id")
    private Long policyId;

    @Column(name = "started_at")
    private Instant startedAt;

    private String pauses;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "awaiting_reply_since")
    private Instant awaitingReplySince;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "next_response_due_at")
    private Instant nextResponseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "next_warn_at")
    private Instant nextWarnAt;

    private String warned;
    private String breached;

    @Version
    private Long version; // null until stored: the id is the ticket's, so this tells new from old

    protected TicketSla() {
    }

    TicketSla(long ticketId, Instant startedAt) {
        this.ticketId = ticketId;
        this.startedAt = startedAt;
        this.pauses = "";
        this.warned = "";
        this.breached = "";
    }

    SlaFacts facts() {
        return new SlaFacts(clock(), firstResponseAt, awaitingReplySince, resolvedAt, targets(warned), targets(breached));
    }

    SlaClock clock() {
        return new SlaClock(startedAt, PauseText.parse(pauses));
    }

    void usePolicy(Long policyId) {
        this.policyId = policyId;
    }

    void pause(Instant at) {
        SlaClock current = clock();
        Instant earliest = current.pauses().isEmpty() ? startedAt : current.pauses().get(current.pauses().size() - 1).to();
        if (earliest != null && at.isBefore(earliest)) {
            at = earliest; // another node's clock a little behind must not fail the ticket's change
        }
        List<SlaClock.Pause> list = new ArrayList<>(current.pause(at).pauses());
        while (list.size() > MAX_PAUSES) {
            // keep the row bounded: a ticket parked and woken this often has its two oldest
            // pauses merged, counting the short run between them as paused too
            list.set(0, new SlaClock.Pause(list.get(0).from(), list.get(1).to()));
            list.remove(1);
        }
        pauses = PauseText.format(list);
    }

    void resume(Instant at) {
        pauses = PauseText.format(clock().resume(at).pauses());
    }

    void answered(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        awaitingReplySince = null;
    }

    /** A customer wrote again: the next-response target starts a new round unless one runs. */
    void customerWrote(Instant at) {
        if (awaitingReplySince == null && firstResponseAt != null) { // before it, the first response runs
            awaitingReplySince = at;
            Set<SlaTarget> w = targets(warned);
            Set<SlaTarget> b = targets(breached);
            w.remove(SlaTarget.NEXT_RESPONSE);
            b.remove(SlaTarget.NEXT_RESPONSE);
            warned = text(w);
            breached = text(b);
        }
    }

    void resolved(Instant at) {
        resolvedAt = at;
    }

    void reopened() {
        resolvedAt = null;
    }

    /** Deadlines already missed by {@code now} count as signalled (for tickets from before the SLA). */
    void assumeSignalled(SlaFacts.Times times, Instant now) {
        facts().signals(times, now).forEach(this::signalled);
        checkAgain(times);
    }

    /** After signals: the next check is the next warning or breach not yet signalled. */
    void checkAgain(SlaFacts.Times times) {
        nextCheckAt = times.nextCheck(targets(warned), targets(breached));
    }

    void signalled(SlaFacts.Signal signal) {
        Set<SlaTarget> w = targets(warned);
        w.add(signal.target());
        warned = text(w);
        if (signal.breach()) {
            Set<SlaTarget> b = targets(breached);
            b.add(signal.target());
            breached = text(b);
        }
    }

    /** Recomputes the due times from the facts; returns them. */
    SlaFacts.Times recompute(SlaPolicy policy, BusinessCalendar calendar) {
        SlaFacts facts = facts();
        SlaFacts.Times times = facts.times(policy, calendar);
        firstResponseDueAt = times.due(SlaTarget.FIRST_RESPONSE);
        nextResponseDueAt = times.due(SlaTarget.NEXT_RESPONSE);
        resolutionDueAt = times.due(SlaTarget.RESOLUTION);
        nextDueAt = times.nextDue();
        nextCheckAt = times.nextCheck(facts.warned(), facts.breached());
        nextWarnAt = times.nextWarn();
        return times;
    }

    static Set<SlaTarget> targets(String text) {
        Set<SlaTarget> targets = EnumSet.noneOf(SlaTarget.class);
        if (text != null && !text.isEmpty()) {
            Arrays.stream(text.split(",")).map(SlaTarget::fromCode).filter(t -> t != null).forEach(targets::add);
        }
        return targets;
    }

    static String text(Set<SlaTarget> targets) {
        return targets.stream().map(SlaTarget::code).collect(Collectors.joining(","));
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long policyId() {
        return policyId;
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant nextResponseDueAt() {
        return nextResponseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public Instant nextWarnAt() {
        return nextWarnAt;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public boolean isPaused() {
        return clock().isPaused();
    }

    public List<SlaTarget> breachedTargets() {
        return new ArrayList<>(targets(breached));
    }

    /** Pauses as text: {@code from/to;from/} (an open pause has no end). */
    static final class PauseText {

        private PauseText() {
        }

        static List<SlaClock.Pause> parse(String text) {
            List<SlaClock.Pause> pauses = new ArrayList<>();
            if (text == null || text.isEmpty()) {
                return pauses;
            }
            for (String pause : text.split(";")) {
                String[] ends = pause.split("/", -1);
                pauses.add(new SlaClock.Pause(Instant.parse(ends[0]), ends[1].isEmpty() ? null : Instant.parse(ends[1])));
            }
            return pauses;
        }

        static String format(List<SlaClock.Pause> pauses) {
            return pauses.stream().map(p -> p.from() + "/" + (p.to() == null ? "" : p.to().toString()))
                    .collect(Collectors.joining(";"));
        }
    }
}
