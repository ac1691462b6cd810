package dev.atende.ticket.internal;

import dev.atende.ticket.TicketView;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SavedTicketViews extends JpaRepository<TicketView, Long> {

    long countByOwnerId(long ownerId);

    /**
     * The views a person may run: their own, those shared with everyone or with one of their
     * groups, and (for admins, who look after them) every shared one. {@code groups} never empty.
     */
    @Query("""
            select distinct v from TicketView v left join v.sharedWith g
            where v.ownerId = :me or v.sharing = 'everyone' or (v.sharing = 'groups' and g in :groups)
               or (:admin = true and v.sharing <> 'personal')
            order by v.name, v.id""")
    List<TicketView> visibleTo(@Param("me") long userId, @Param("groups") Collection<Long> groupIds,
            @Param("admin") boolean admin);
}
