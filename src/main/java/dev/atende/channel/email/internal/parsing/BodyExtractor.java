package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.ParsedMail.MailPart;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Walks a MIME tree for the body and the files. In multipart/alternative the text/plain version
 * gives the text and the HTML version the HTML; text parts in a multipart/mixed are joined in
 * order; in multipart/related the root is the body and the rest are inline resources; everything
 * else (named parts, other types, nested messages, winmail.dat, uuencoded blocks) is a file.
 */
final class BodyExtractor {

    /** The text (never null), the HTML as written (not yet sanitized; null without HTML), the files. */
    record Body(String text, String html, List<MailPart> attachments) {
    }

    /** One body part: its text, its HTML, or both when they are alternatives. */
    private record Piece(String text, String html, MimeEntity source) {
    }

    private static final class Found {
        final List<Piece> pieces = new ArrayList<>();
        final List<MailPart> files = new ArrayList<>();

        void add(Found other) {
            pieces.addAll(other.pieces);
            files.addAll(other.files);
        }
    }

    private BodyExtractor() {
    }

    static Body extract(MimeEntity root) {
        Found found = new Found();
        visit(root, found, false);
        List<String> texts = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        boolean anyHtml = found.pieces.stream().anyMatch(piece -> piece.html() != null);
        for (Piece piece : found.pieces) {
            String text = piece.text() != null ? piece.text() : HtmlText.of(piece.html());
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
            if (anyHtml) {
                htmls.add(piece.html() != null ? bodyHtml(piece.html()) : textAsHtml(piece.text()));
            }
        }
        String html = anyHtml ? String.join("\n", htmls) : null;
        return new Body(String.join("\n\n", texts), html, markReferencedInline(found.files, html));
    }

    private static void visit(MimeEntity entity, Found found, boolean inRelated) {
        if (!entity.hasChildren()) {
            leaf(entity, found, inRelated);
            return;
        }
        switch (entity.type().subtype()) {
            case "alternative":
                alternative(entity, found);
                break;
            case "related":
                related(entity, found);
                break;
            default:
                for (MimeEntity child : entity.children()) {
                    visit(child, found, inRelated);
                }
        }
    }

    private static void leaf(MimeEntity part, Found found, boolean inRelated) {
        MediaType type = part.type();
        boolean named = part.filename() != null || part.isAttachmentDisposition();
        boolean bodyText = PartText.isBodyType(type) || type.isMultipart(); // a multipart without parts: keep its text
        if (named || !bodyText || type.isMessage()) {
            found.files.add(Attachments.of(part, inRelated && part.contentId() != null && !part.isAttachmentDisposition()));
            return;
        }
        String text = PartText.of(part);
        if (text.isBlank()) {
            return;
        }
        if (type.subtype().equals("html")) {
            found.pieces.add(new Piece(null, text, part));
            return;
        }
        for (Uuencode.File file : Uuencode.find(text)) {
            found.files.add(Attachments.of(file));
        }
        found.pieces.add(new Piece(withoutUuencoded(text), null, part));
    }

    /**
     * The plain version gives the text, the last HTML version the HTML; other versions are kept
     * as files. Several plain versions (a mailer that meant "mixed") are all kept, joined.
     */
    private static void alternative(MimeEntity entity, Found found) {
        List<Found> versions = new ArrayList<>();
        List<Integer> plain = new ArrayList<>();
        int html = -1;
        for (MimeEntity child : entity.children()) {
            Found version = new Found();
            visit(child, version, false);
            versions.add(version);
            if (version.pieces.stream().anyMatch(p -> p.text() != null && p.html() == null && !isEnriched(p))) {
                plain.add(versions.size() - 1);
            }
            if (version.pieces.stream().anyMatch(p -> p.html() != null)) {
                html = versions.size() - 1;
            }
        }
        if (plain.isEmpty() && html < 0) {
            versions.forEach(found::add); // no readable version: keep them all
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int index : plain) {
            String text = joinTexts(versions.get(index).pieces);
            if (!texts.contains(text)) {
                texts.add(text);
            }
        }
        String markup = html < 0 ? null : joinHtml(versions.get(html).pieces);
        found.pieces.add(new Piece(texts.isEmpty() ? null : String.join("\n\n", texts), markup, entity));
        for (int i = 0; i < versions.size(); i++) {
            found.files.addAll(versions.get(i).files);
            if (!plain.contains(i) && i != html) {
                for (Piece other : versions.get(i).pieces) {
                    found.files.add(Attachments.of(other.source(), false)); // e.g. a text/enriched version
                }
            }
        }
    }

    private static boolean isEnriched(Piece piece) {
        String subtype = piece.source().type().subtype();
        return subtype.equals("enriched") || subtype.equals("richtext");
    }

    /** The root (the {@code start} part, else the first) is the body; the others are its resources. */
    private static void related(MimeEntity entity, Found found) {
        String start = entity.type().param("start");
        String startId = start == null ? null : start.replaceAll("[<>\\s]", "");
        MimeEntity root = entity.children().get(0);
        for (MimeEntity child : entity.children()) {
            if (startId != null && startId.equals(child.contentId())) {
                root = child;
            }
        }
        for (MimeEntity child : entity.children()) {
            if (child == root || (child.contentId() == null && PartText.isBodyType(child.type()))) {
                visit(child, found, child != root);
            } else if (child.hasChildren()) {
                visit(child, found, true);
            } else {
                found.files.add(Attachments.of(child, child.contentId() != null && !child.isAttachmentDisposition()));
            }
        }
    }

    private static String joinTexts(List<Piece> pieces) {
        List<String> texts = new ArrayList<>();
        for (Piece piece : pieces) {
            String text = piece.text() != null ? piece.text() : HtmlText.of(piece.html());
            if (!text.isBlank()) {
                texts.add(text.strip());
            }
        }
        return String.join("\n\n", texts);
    }

    private static String joinHtml(List<Piece> pieces) {
        StringBuilder html = new StringBuilder();
        for (Piece piece : pieces) {
            html.append(piece.html() != null ? bodyHtml(piece.html()) : textAsHtml(piece.text()));
        }
        return html.toString();
    }

    /** The inside of the body: each part's head (title, styles) stays out of the joined HTML. */
    private static String bodyHtml(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    static String textAsHtml(String text) {
        if (text == null) {
            return "";
        }
        String escaped = text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<div>" + escaped.replace("\n", "<br>") + "</div>";
    }

    private static String withoutUuencoded(String text) {
        List<Uuencode.File> files = Uuencode.find(text);
        if (files.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Uuencode.File file : files) {
            out.append(text, last, file.start());
            last = file.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** A file the HTML shows as {@code cid:} is inline whatever its disposition said. */
    private static List<MailPart> markReferencedInline(List<MailPart> files, String html) {
        if (html == null) {
            return files;
        }
        List<MailPart> marked = new ArrayList<>(files.size());
        for (MailPart file : files) {
            boolean referenced = file.contentId() != null && html.contains("cid:" + file.contentId());
            marked.add(referenced && !file.inline()
                    ? new MailPart(file.filename(), file.contentType(), file.contentId(), true, file.content())
                    : file);
        }
        return marked;
    }
}
