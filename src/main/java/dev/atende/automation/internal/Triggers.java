package dev.atende.automation.internal;

import dev.atende.automation.Trigger;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Triggers extends ListCrudRepository<Trigger, Long> {

    List<Trigger> findAllByOrderBySortOrderAscIdAsc();

    List<Trigger> findByEventAndActiveTrueOrderBySortOrderAscIdAsc(String event);
}
