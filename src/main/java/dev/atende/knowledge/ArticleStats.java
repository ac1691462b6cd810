package dev.atende.knowledge;

/** How one article is read: views in the help center and "was this helpful?" answers. */
public record ArticleStats(KbArticle article, long views, long helpful, long notHelpful) {

    /** Share of helpful answers, from 0 to 1; 0 when nobody answered. */
    public double helpfulShare() {
        long votes = helpful + notHelpful;
        return votes == 0 ? 0 : (double) helpful / votes;
    }
}
