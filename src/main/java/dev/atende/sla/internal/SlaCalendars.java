package dev.atende.sla.internal;

import dev.atende.sla.SlaCalendar;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaCalendars extends JpaRepository<SlaCalendar, Long> {

    List<SlaCalendar> findAllByOrderByNameAsc();

    Optional<SlaCalendar> findByNameIgnoreCase(String name);
}
