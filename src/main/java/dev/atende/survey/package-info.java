/**
 * Satisfaction surveys: when a ticket is solved its customer is asked (in the solved e-mail and
 * in the portal) to rate it, through a link that works without signing in; the latest answer
 * per ticket is kept, shown on the ticket, the agent and the customer, and published as
 * {@link dev.atende.survey.TicketRated} (triggers may act on a bad rating). Reports read surveys
 * and ratings through the reporting module's {@link dev.atende.reporting.RatingSource}, which this
 * module implements over its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package dev.atende.survey;
