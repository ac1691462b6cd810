package dev.atende.survey;

import java.util.List;

/**
 * A survey link as a message carries it: the page, one link per answer (opening a link only
 * pre-selects that answer on the page; the customer confirms there), and the block to put in a
 * mail, as HTML and as plain text, in the customer's language.
 */
public record SurveyInvitation(String pageUrl, SurveyScale scale, List<Choice> choices, String html, String text) {

    public SurveyInvitation {
        choices = List.copyOf(choices);
    }

    public record Choice(int score, String label, String url) {
    }
}
