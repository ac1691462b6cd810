package dev.atende.automation.internal;

import dev.atende.automation.ScheduledRule;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ScheduledRules extends ListCrudRepository<ScheduledRule, Long> {

    List<ScheduledRule> findAllByOrderBySortOrderAscIdAsc();

    List<ScheduledRule> findByActiveTrueOrderBySortOrderAscIdAsc();
}
