package dev.atende.ticket;

import dev.atende.ticket.internal.Tickets;
import java.util.Optional;

/** Follows a merged ticket to the ticket its messages now belong to. */
final class MergeChain {

    /** Merges never form a cycle (a merged ticket is closed and refuses merges); the cap only guards. */
    private static final int MAX_HOPS = 50;

    private MergeChain() {
    }

    static Ticket end(Tickets tickets, Ticket ticket) {
        Ticket current = ticket;
        for (int hops = 0; current.isMerged() && hops < MAX_HOPS; hops++) {
            Optional<Ticket> next = tickets.findById(current.mergedIntoId());
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return current;
    }
}
