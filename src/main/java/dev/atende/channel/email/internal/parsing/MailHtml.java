package dev.atende.channel.email.internal.parsing;

import dev.atende.shared.SafeHtml;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML body made safe with {@link SafeHtml}, keeping what a mail needs: only the body (no head,
 * title or styles), and inline images. SafeHtml allows http(s) image sources only, so each
 * {@code img src="cid:..."} passes the sanitizer as a placeholder URL on a random host of the
 * reserved {@code .invalid} domain and is put back afterwards; the cid: protocol is allowed on
 * img src and nowhere else.
 */
final class MailHtml {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MailHtml() {
    }

    static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        String host = "https://cid-" + HexFormat.of().formatHex(randomBytes()) + ".invalid/";
        List<String> ids = new ArrayList<>();
        for (Element image : document.select("img[src]")) {
            String src = image.attr("src").strip();
            if (src.regionMatches(true, 0, "cid:", 0, 4)) {
                image.attr("src", host + ids.size());
                ids.add(src.substring(4));
            }
        }
        String safe = SafeHtml.sanitize(document.body().html());
        for (int i = ids.size() - 1; i >= 0; i--) { // from the end: "/1" must not eat "/12"
            safe = safe.replace("\"" + host + i + "\"", "\"cid:" + escape(ids.get(i)) + "\"");
        }
        return safe;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String escape(String id) {
        return id.replace("&", "&amp;").replace("\"", "&#34;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
