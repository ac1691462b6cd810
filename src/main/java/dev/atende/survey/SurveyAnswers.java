package dev.atende.survey;

import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.Texts;
import dev.atende.survey.internal.RatingRecords;
import dev.atende.survey.internal.SurveyRequest;
import dev.atende.survey.internal.SurveyRequests;
import dev.atende.survey.internal.SurveyTokens;
import dev.atende.survey.internal.TicketRating;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketIntake;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of a survey, reached by the link's token alone (no sign-in): the token
 * authorizes this one survey and nothing else. Reading never records anything (mail scanners
 * open links); an answer is stored by {@link #answer} only, once, then changed until the change
 * window ends and the link expires.
 */
@Service
@Transactional
public class SurveyAnswers {

    private final SurveyRequests requests;
    private final RatingRecords ratings;
    private final SurveySettingsManagement settings;
    private final TicketIntake tickets;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyAnswers(SurveyRequests requests, RatingRecords ratings, SurveySettingsManagement settings,
            TicketIntake tickets, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.ratings = ratings;
        this.settings = settings;
        this.tickets = tickets;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SurveyForm open(String token) {
        if (!SurveyTokens.wellFormed(token)) {
            return SurveyForm.unknown();
        }
        return requests.findByTokenHash(SurveyTokens.hash(token)).map(r -> form(r, true)).orElseGet(SurveyForm::unknown);
    }

    /**
     * Stores the answer ({@code score} as the form or link sends it: "1".."5", or "good"/"bad")
     * and publishes {@link TicketRated}; answers the form as it now stands. An unknown or
     * expired link is not an error here: the answer tells, and nothing is stored.
     */
    public SurveyForm answer(String token, String score, String comment) {
        if (!SurveyTokens.wellFormed(token)) {
            return SurveyForm.unknown();
        }
        Optional<SurveyRequest> found = requests.lockByTokenHash(SurveyTokens.hash(token));
        if (found.isEmpty()) {
            return SurveyForm.unknown();
        }
        SurveyRequest request = found.get();
        Instant now = clock.instant();
        if (request.isExpired(now)) {
            return form(request, true);
        }
        var problems = new InvalidInputException.Collector();
        Integer parsed = request.scale().parse(score);
        if (parsed == null) {
            problems.add("score", score == null || score.isBlank() ? "error.survey.scoreRequired"
                    : "error.survey.score");
        }
        String text = comment(comment, problems);
        problems.throwIfAny();

        boolean update = request.answered(now, Duration.ofDays(settings.current().changeDays()));
        TicketRating rating = ratings.findById(request.ticketId()).orElse(null);
        if (rating == null) {
            rating = new TicketRating(request, parsed, text, now);
        } else {
            rating.rerate(request, parsed, text, now);
            update = true;
        }
        requests.save(request);
        ratings.save(rating);
        events.publishEvent(new TicketRated(request.ticketId(), request.customerId(), request.agentId(),
                rating.score(), rating.good(), rating.comment(), now, update));
        return form(request, false); // thanked even when no time is left to change it
    }

    private static String comment(String raw, InvalidInputException.Collector problems) {
        if (raw == null) {
            return null;
        }
        String text = raw.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (Texts.hasControlCharacters(text)) {
            problems.add("comment", "error.field.control");
            return null;
        }
        if (text.length() > TicketRating.MAX_COMMENT) {
            problems.add("comment", "error.field.tooLong", TicketRating.MAX_COMMENT);
            return null;
        }
        return text;
    }

    private SurveyForm form(SurveyRequest request, boolean checkExpiry) {
        Locale locale = directory.user(request.customerId()).map(User::locale).map(Locales::parse).orElse(null);
        if (checkExpiry && request.isExpired(clock.instant())) {
            return SurveyForm.expired(locale);
        }
        Ticket ticket = tickets.byId(request.ticketId()).orElse(null);
        if (ticket == null) {
            return SurveyForm.unknown();
        }
        // the answer shown is the one given through this link, never one given to another request
        TicketRating rating = ratings.findById(request.ticketId())
                .filter(r -> r.requestId() == request.id()).orElse(null);
        return new SurveyForm(SurveyForm.State.OPEN, Long.toString(ticket.number()), ticket.subject(),
                request.scale(), rating == null ? null : rating.score(), rating == null ? null : rating.comment(),
                request.expiresAt(), locale);
    }
}
