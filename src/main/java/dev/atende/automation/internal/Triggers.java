package dev.atende.automation.internal;

import dev.atende.automation.Trigger;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface Triggers extends ListCrudRepository<Trigger, Long> {

    List<Trigger> findAllByOrderBySortOrderAscIdAsc();

    List<Trigger> findByEventAndActiveTrueOrderBySortOrderAscIdAsc(String event);

    /** Which triggers are active on an event, and their versions: all a cached trigger needs. */
    @Query("select t.id, t.version from Trigger t where t.event = :event and t.active = true "
            + "order by t.sortOrder, t.id")
    List<Object[]> activeVersions(@Param("event") String event);
}
