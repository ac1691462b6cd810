package dev.atende.knowledge.internal;

import dev.atende.knowledge.Deflections;
import dev.atende.ticket.Channel;
import dev.atende.ticket.TicketCreated;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells {@link Deflections} that a request was sent from the portal. The portal's form carries
 * the draft key in the field {@value #DRAFT_FIELD} (from the suggestions fragment this module
 * puts into it); it is read from the request that opened the ticket. Decided inside the
 * ticket's transaction: one small update per web ticket, no event publication kept.
 */
@Component
class RequestSubmissions {

    static final String DRAFT_FIELD = "kbDraft";
    private static final Logger log = LoggerFactory.getLogger(RequestSubmissions.class);

    private final Deflections deflections;

    RequestSubmissions(Deflections deflections) {
        this.deflections = deflections;
    }

    @EventListener
    void on(TicketCreated event) {
        if (event.channel() != Channel.WEB) {
            return;
        }
        try {
            deflections.submitted(draftKey(), event.customerId(), event.ticketId());
        } catch (RuntimeException e) {
            // a metric must never stop a customer's request
            log.warn("Could not record ticket {} against suggestion sessions", event.ticketId(), e);
        }
    }

    private static String draftKey() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getParameter(DRAFT_FIELD);
        }
        return null;
    }
}
