package dev.atende.survey.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.identity.Role;
import dev.atende.survey.PortalSurvey;
import dev.atende.survey.Rating;
import dev.atende.survey.RatingSummary;
import dev.atende.survey.SurveyInvitations;
import dev.atende.survey.TicketRatings;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What other modules' pages show of surveys, read by the fragments in {@code survey/fragments}
 * as {@code @surveyViews}: the ticket and user pages insert a fragment and know nothing else of
 * surveys. Every method answers null when there is nothing to show or the reader may not see it.
 */
@Component("surveyViews")
class SurveyViews {

    private final CurrentActor current;
    private final TicketRatings ratings;
    private final SurveyInvitations invitations;

    SurveyViews(CurrentActor current, TicketRatings ratings, SurveyInvitations invitations) {
        this.current = current;
        this.ratings = ratings;
        this.invitations = invitations;
    }

    /** A ticket's rating, for a page that shows that ticket to its reader. */
    public Rating rating(long ticketId) {
        return current.get().flatMap(actor -> ratings.ofTicket(actor, ticketId)).orElse(null);
    }

    /** The rating form under a solved ticket in the portal (its own customer only). */
    public PortalSurvey portal(long ticketId) {
        return current.get().flatMap(actor -> invitations.forPortal(actor, ticketId)).orElse(null);
    }

    /** An agent's or a customer's ratings, for the team (null for admins' own pages and other readers). */
    public RatingSummary summary(long userId, Role role) {
        Actor actor = current.get().filter(Actor::isStaff).orElse(null);
        if (actor == null || role == null) {
            return null;
        }
        return role == Role.CUSTOMER ? ratings.ofCustomer(actor, userId) : ratings.ofAgent(actor, userId);
    }

    public String label(Rating rating, Locale locale) {
        return invitations.label(rating.scale(), rating.score(), locale);
    }

    public String label(PortalSurvey survey, int score, Locale locale) {
        return invitations.label(survey.scale(), score, locale);
    }
}
