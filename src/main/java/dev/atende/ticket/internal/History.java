package dev.atende.ticket.internal;

import dev.atende.ticket.HistoryEntry;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface History extends ListCrudRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByTicketIdOrderByIdAsc(long ticketId);
}
