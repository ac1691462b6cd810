package dev.atende.survey;

import dev.atende.identity.Actor;
import dev.atende.shared.SecretBox;
import dev.atende.survey.internal.RatingRecords;
import dev.atende.survey.internal.SurveyRequest;
import dev.atende.survey.internal.SurveyRequests;
import dev.atende.survey.internal.TicketRating;
import dev.atende.ticket.TicketIntake;
import dev.atende.ticket.TicketStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Where a survey offered for a ticket is shown to its customer: the solved e-mail (one link per
 * answer) and the portal's ticket page. Only the ticket's own customer is ever given the link.
 */
@Service
@Transactional(readOnly = true)
public class SurveyInvitations {

    private static final Logger log = LoggerFactory.getLogger(SurveyInvitations.class);

    private final SurveyRequests requests;
    private final RatingRecords ratings;
    private final TicketIntake tickets;
    private final SecretBox secrets;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final String baseUrl;

    SurveyInvitations(SurveyRequests requests, RatingRecords ratings, TicketIntake tickets, SecretBox secrets,
            MessageSource messages, ITemplateEngine templates, Clock clock,
            @Value("${atende.base-url}") String baseUrl) {
        this.requests = requests;
        this.ratings = ratings;
        this.tickets = tickets;
        this.secrets = secrets;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The survey for the ticket's solved mail: its newest request, while open and not yet answered. */
    public Optional<SurveyInvitation> forMail(long ticketId, Locale locale) {
        return live(ticketId).filter(r -> r.answers() == 0).flatMap(request -> token(request).map(token -> {
            String page = baseUrl + "/survey/" + token;
            List<SurveyInvitation.Choice> choices = new ArrayList<>();
            for (int score : request.scale().scores()) {
                choices.add(new SurveyInvitation.Choice(score, label(request.scale(), score, locale),
                        page + "?score=" + score));
            }
            var context = new Context(locale);
            context.setVariable("choices", choices);
            context.setVariable("page", page);
            String html = templates.process("survey/mail-invitation", java.util.Set.of("block"), context);
            StringBuilder text = new StringBuilder(text("survey.mail.question", locale)).append('\n');
            choices.forEach(c -> text.append("  ").append(c.label()).append(": ").append(c.url()).append('\n'));
            text.append(text("survey.mail.comment", locale)).append('\n');
            return new SurveyInvitation(page, request.scale(), choices, html, text.toString());
        }));
    }

    /** The survey under a solved ticket in the portal, for the ticket's own customer only. */
    public Optional<PortalSurvey> forPortal(Actor actor, long ticketId) {
        if (!actor.isCustomer()) {
            return Optional.empty();
        }
        boolean own = tickets.byId(ticketId).filter(t -> t.customerId() == actor.id())
                .filter(t -> t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED).isPresent();
        if (!own) {
            return Optional.empty();
        }
        return live(ticketId).flatMap(request -> token(request).map(token -> {
            TicketRating rating = ratings.findById(ticketId).filter(r -> r.requestId() == request.id()).orElse(null);
            return new PortalSurvey("/survey/" + token, request.scale(), rating == null ? null : rating.score(),
                    rating == null ? null : rating.comment(), request.expiresAt());
        }));
    }

    /** How an answer is called on a scale ("4 - Good", "Bad"), in this language. */
    public String label(SurveyScale scale, int score, Locale locale) {
        return text("survey.scale." + scale.code() + "." + score, locale);
    }

    private Optional<SurveyRequest> live(long ticketId) {
        return requests.findFirstByTicketIdOrderBySentAtDescIdDesc(ticketId)
                .filter(r -> !r.isExpired(clock.instant()));
    }

    private Optional<String> token(SurveyRequest request) {
        try {
            return Optional.of(secrets.decrypt(request.tokenSealed()));
        } catch (SecretBox.Unreadable e) { // the secret key changed: that link cannot be shown again
            log.warn("survey request {} of ticket {}: {}", request.id(), request.ticketId(), e.getMessage());
            return Optional.empty();
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
