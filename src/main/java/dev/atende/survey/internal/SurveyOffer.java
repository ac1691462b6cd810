package dev.atende.survey.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.shared.SecretBox;
import dev.atende.survey.SurveySettings;
import dev.atende.survey.SurveySettingsManagement;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketStatus;
import dev.atende.ticket.TicketStatusChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides, in the transaction that solves a ticket, whether its customer is asked to rate it,
 * and if so writes the survey request with a fresh link: the solved e-mail (sent after the
 * commit) and the portal find it there. A request is written only when surveys are on, the
 * customer is an active customer, the ticket is not tagged as spam or merged, the address is
 * not known to send automatic mail, and the customer was not asked within the last N days.
 */
@Component
class SurveyOffer {

    private static final Logger log = LoggerFactory.getLogger(SurveyOffer.class);

    /** Tickets with one of these tags were closed as junk or folded into another: no survey. */
    static final Set<String> SKIPPED_TAGS = Set.of("spam", "merged");

    /** How long an address that sent automatic mail stays off the survey list. */
    static final Duration AUTOMATIC_SENDER_MEMORY = Duration.ofDays(90);

    private final SurveySettingsManagement settings;
    private final SurveyRequests requests;
    private final AutomaticSenderRecords automaticSenders;
    private final TicketIntake tickets;
    private final Directory directory;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyOffer(SurveySettingsManagement settings, SurveyRequests requests, AutomaticSenderRecords automaticSenders,
            TicketIntake tickets, Directory directory, SecretBox secrets, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.requests = requests;
        this.automaticSenders = automaticSenders;
        this.tickets = tickets;
        this.directory = directory;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(TicketStatusChanged event) {
        if (event.to() != TicketStatus.SOLVED) {
            return;
        }
        SurveySettings current = settings.current();
        if (!current.enabled()) {
            return;
        }
        Ticket ticket = tickets.byId(event.ticketId()).orElseThrow();
        Instant now = clock.instant();
        skipReason(ticket, current, now).ifPresentOrElse(
                reason -> log.debug("no survey for ticket {}: {}", ticket.number(), reason),
                () -> offer(ticket, current, now));
    }

    private Optional<String> skipReason(Ticket ticket, SurveySettings current, Instant now) {
        if (ticket.tags().stream().anyMatch(t -> SKIPPED_TAGS.contains(t.toLowerCase(Locale.ROOT)))) {
            return Optional.of("tagged spam or merged");
        }
        User customer = directory.user(ticket.customerId()).orElse(null);
        if (customer == null || !customer.isActive() || customer.role() != Role.CUSTOMER) {
            return Optional.of("the requester is not an active customer");
        }
        if (automaticSenders.seenSince(customer.email(), now.minus(AUTOMATIC_SENDER_MEMORY))) {
            return Optional.of("the address sends automatic mail");
        }
        if (current.intervalDays() > 0 && requests.existsByCustomerIdAndSentAtAfter(customer.id(),
                now.minus(Duration.ofDays(current.intervalDays())))) {
            return Optional.of("the customer was asked within " + current.intervalDays() + " days");
        }
        return Optional.empty();
    }

    private void offer(Ticket ticket, SurveySettings current, Instant now) {
        String token = SurveyTokens.newToken();
        requests.save(new SurveyRequest(ticket.id(), ticket.customerId(), ticket.assigneeId(), ticket.groupId(),
                current.scale(), SurveyTokens.hash(token), secrets.encrypt(token), now,
                Duration.ofDays(current.linkDays())));
        events.publishEvent(new SurveyOffered(ticket.id()));
    }
}
