package dev.atende.knowledge;

/**
 * One article found. {@code title} and {@code snippet} are HTML-escaped text in which only
 * {@code <mark>} marks the matched words, so pages may insert them as they are.
 */
public record KbHit(KbArticle article, String title, String snippet) {
}
