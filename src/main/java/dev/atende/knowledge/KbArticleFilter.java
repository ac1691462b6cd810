package dev.atende.knowledge;

/** Narrows a list of articles; null fields do not narrow. {@code title}: a fragment of the title. */
public record KbArticleFilter(KbStatus status, KbVisibility visibility, String locale, Long categoryId, String title) {

    public static final KbArticleFilter ALL = new KbArticleFilter(null, null, null, null, null);
}
