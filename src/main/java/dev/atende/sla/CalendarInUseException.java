package dev.atende.sla;

import dev.atende.shared.DomainException;

/** A calendar that policies count in cannot be removed: 409, naming how many. */
public class CalendarInUseException extends DomainException {

    public CalendarInUseException(int policies) {
        super(409, "error.sla.calendarInUse", policies);
    }
}
