package dev.atende.automation.internal;

import dev.atende.automation.Macro;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface Macros extends ListCrudRepository<Macro, Long> {

    List<Macro> findAllByOrderByNameAscIdAsc();

    List<Macro> findByActiveTrueOrderByNameAscIdAsc();
}
