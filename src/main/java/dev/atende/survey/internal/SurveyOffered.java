package dev.atende.survey.internal;

/** A survey request was written for this ticket (in the transaction that solved it); the module's own. */
public record SurveyOffered(long ticketId) {
}
