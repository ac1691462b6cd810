package dev.atende.routing.internal;

import dev.atende.identity.AssignmentMode;
import dev.atende.identity.Directory;
import dev.atende.identity.Group;
import dev.atende.identity.UserRef;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketRouting;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic assignment. Only online agents of the ticket's group below the group's maximum of
 * open tickets are chosen, by the group's mode; when nobody has room the ticket waits unassigned
 * and {@link #fill} hands out waiting tickets, oldest first, when room appears.
 *
 * <p>Every assignment first takes one database row lock ({@link RoutingStore#lockAssignment}),
 * then counts loads: two tickets arriving at once are assigned one after the other, so the
 * second sees the first and never takes an agent's last free place twice.
 */
@Component
public class Assigner {

    private static final Logger log = LoggerFactory.getLogger(Assigner.class);
    private static final int BATCH = 50;
    private static final int MAX_PER_FILL = 5000;

    private final RoutingStore store;
    private final TicketRouting tickets;
    private final Directory directory;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Assigner(RoutingStore store, TicketRouting tickets, Directory directory, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.tickets = tickets;
        this.directory = directory;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Assigns the ticket when it waits (active, unassigned) in a group that routes automatically
     * and someone has room; answers the agent chosen. Runs in the caller's transaction.
     */
    @Transactional
    public Optional<Long> assign(long ticketId) {
        store.lockAssignment();
        Optional<Ticket> found = tickets.lock(ticketId);
        if (found.isEmpty() || found.get().assigneeId() != null || !found.get().status().isActive()) {
            return Optional.empty();
        }
        Ticket ticket = found.get();
        Group group = directory.group(ticket.groupId()).orElse(null);
        if (group == null || group.assignment() == AssignmentMode.MANUAL) {
            return Optional.empty();
        }
        List<Candidate> candidates = candidates(group, ticket.categoryId());
        Long last = group.assignment() == AssignmentMode.ROUND_ROBIN ? store.lastRoundRobinAgent(group.id()) : null;
        Optional<Candidate> chosen = Strategies.choose(group.assignment(), candidates, last);
        chosen.ifPresent(c -> {
            tickets.assign(ticket, c.agentId());
            if (group.assignment() == AssignmentMode.ROUND_ROBIN) {
                store.rememberRoundRobin(group.id(), c.agentId());
            }
            log.info("Ticket {} assigned to agent {} ({} in group {})", ticket.number(), c.agentId(),
                    group.assignment().code(), group.name());
        });
        return chosen.map(Candidate::agentId);
    }

    /** {@link #assign} in a transaction of its own, committed (and the lock released) on return. */
    public Optional<Long> assignAlone(long ticketId) {
        Optional<Long> agent = ownTransaction.execute(tx -> assign(ticketId));
        return agent == null ? Optional.empty() : agent;
    }

    /** Whether this group routes automatically (a cheap check before taking the lock). */
    public boolean routesAutomatically(long groupId) {
        return directory.group(groupId).map(g -> g.assignment() != AssignmentMode.MANUAL).orElse(false);
    }

    /**
     * Hands the group's waiting tickets, oldest first, to agents with room, each assignment in a
     * transaction of its own; stops when nobody has room. Answers how many were assigned.
     */
    public int fill(long groupId) {
        if (!routesAutomatically(groupId)) {
            return 0;
        }
        int assigned = 0;
        while (assigned < MAX_PER_FILL) {
            List<Long> waiting = ownTransaction.execute(tx -> tickets.waiting(groupId, BATCH));
            if (waiting == null || waiting.isEmpty()) {
                return assigned;
            }
            for (long ticketId : waiting) {
                if (assignAlone(ticketId).isEmpty()) {
                    return assigned; // nobody has room: the rest wait too
                }
                assigned++;
            }
        }
        return assigned;
    }

    /** Room appeared for this agent (a ticket left them, they came online): fill each of their groups. */
    public void fillFor(long agentId) {
        directory.user(agentId).ifPresent(agent -> agent.groupIds().forEach(this::fill));
    }

    private List<Candidate> candidates(Group group, Long categoryId) {
        Instant now = clock.instant();
        List<Long> members = directory.assignableMembers(group.id()).stream().map(UserRef::id).toList();
        var availability = store.availabilities(members);
        List<Long> online = members.stream()
                .filter(id -> !availability.containsKey(id) || availability.get(id).isAvailable(now)).toList();
        Map<Long, Long> loads = tickets.openCounts(online);
        Integer max = group.maxOpenPerAgent();
        List<Long> required = categoryId == null ? List.of() : store.categorySkills(categoryId);
        Map<Long, Map<Long, Integer>> skills = required.isEmpty() ? Map.of() : store.skillLevels(online);
        List<Candidate> candidates = new ArrayList<>();
        for (long agent : online) {
            long load = loads.getOrDefault(agent, 0L);
            if (max != null && load >= max) {
                continue;
            }
            Map<Long, Integer> has = skills.getOrDefault(agent, Map.of());
            int matched = 0;
            int levels = 0;
            for (long skill : Set.copyOf(required)) {
                Integer level = has.get(skill);
                if (level != null) {
                    matched++;
                    levels += level;
                }
            }
            candidates.add(new Candidate(agent, load, matched, levels));
        }
        return candidates;
    }
}
