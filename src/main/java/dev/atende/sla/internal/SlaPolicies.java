package dev.atende.sla.internal;

import dev.atende.sla.SlaPolicy;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaPolicies extends JpaRepository<SlaPolicy, Long> {

    List<SlaPolicy> findAllByOrderByPositionAscIdAsc();

    List<SlaPolicy> findByActiveTrueOrderByPositionAscIdAsc();

    List<SlaPolicy> findByCalendarId(long calendarId);

    Optional<SlaPolicy> findByNameIgnoreCase(String name);
}
