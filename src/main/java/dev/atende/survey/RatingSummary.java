package dev.atende.survey;

/** How many ratings someone has and how many of them are good; CSAT is the good share, in percent. */
public record RatingSummary(long count, long good) {

    /** The rounded share of good ratings, or null without ratings. */
    public Integer csatPercent() {
        return count == 0 ? null : (int) Math.round(100.0 * good / count);
    }
}
