package dev.atende.ticket;

import java.util.List;

/** A reply ({@code visibility} "public") or a note ("internal") with optional files. */
public record NewArticle(String body, String contentType, String visibility, List<Upload> uploads) {
}
