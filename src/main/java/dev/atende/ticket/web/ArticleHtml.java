package dev.atende.ticket.web;

import dev.atende.ticket.Attachment;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's stored (sanitized) HTML as the timeline shows it: images of an e-mail that point
 * at {@code cid:} parts point at the stored files instead, and quoted history
 * ({@code div.quote}, marked when the mail was read) comes apart so the page can fold it away.
 * The stored text is never changed.
 */
final class ArticleHtml {

    private ArticleHtml() {
    }

    /** {fresh HTML, folded HTML or null}. */
    static String[] forView(String html, List<Attachment> files) {
        if (!html.contains("cid:") && !html.contains("quote")) {
            return new String[] {html, null};
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Map<String, Attachment> inline = files.stream().filter(f -> f.contentId() != null)
                .collect(Collectors.toMap(Attachment::contentId, Function.identity(), (a, b) -> a));
        for (Element img : doc.select("img[src^=cid:]")) {
            Attachment file = inline.get(img.attr("src").substring(4));
            if (file != null) {
                img.attr("src", "/attachments/" + file.id());
            } else {
                img.removeAttr("src");
            }
        }
        StringBuilder folded = new StringBuilder();
        for (Element quote : doc.select("div.quote")) {
            if (quote.parents().stream().noneMatch(p -> p.hasClass("quote"))) {
                folded.append(quote.html());
                quote.remove();
            }
        }
        return new String[] {doc.body().html(), folded.isEmpty() ? null : folded.toString()};
    }
}
