package dev.atende.channel.email.internal.parsing;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stalwartlabs/mail-parser's expected results: the serialized message with its
 * {@code parts} list, and {@code text_body}, {@code html_body} and {@code attachments} holding
 * indexes into it. A part's body is {@code Text}, {@code Html}, {@code Binary}, {@code InlineBinary},
 * {@code Multipart} or a nested {@code Message}.
 */
final class StalwartExpectations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StalwartExpectations() {
    }

    static ExpectedMail read(Path file) {
        return message(JSON.readTree(file.toFile()));
    }

    private static ExpectedMail message(JsonNode message) {
        ExpectedMail expected = new ExpectedMail();
        JsonNode parts = message.get("parts");
        JsonNode root = parts.get(0);
        JsonNode subject = header(root, "subject");
        expected.subjectKnown = true;
        expected.subject = subject == null || !subject.has("Text") ? null : subject.get("Text").asString();
        JsonNode from = header(root, "from");
        expected.fromKnown = true;
        if (from != null && from.has("Address") && from.get("Address").has("List")) {
            JsonNode first = from.get("Address").get("List").get(0);
            expected.fromAddress = string(first.get("address"));
            expected.fromName = string(first.get("name"));
        }
        for (JsonNode index : message.get("text_body")) {
            JsonNode body = parts.get(index.asInt()).get("body");
            if (body.has("Text")) {
                expected.texts.add(body.get("Text").asString());
            } else if (body.has("Html")) {
                expected.texts.add(Jsoup.parse(body.get("Html").asString()).text());
            }
        }
        for (JsonNode index : message.get("html_body")) {
            JsonNode body = parts.get(index.asInt()).get("body");
            if (body.has("Html")) {
                expected.htmls.add(body.get("Html").asString());
            }
        }
        for (JsonNode index : message.get("attachments")) {
            JsonNode part = parts.get(index.asInt());
            JsonNode body = part.get("body");
            String name = name(part);
            if (body.has("Message")) {
                expected.messages.add(message(body.get("Message")));
            } else if (body.has("Text") || body.has("Html")) {
                String text = body.has("Text") ? body.get("Text").asString() : body.get("Html").asString();
                expected.files.add(new ExpectedMail.File(name, null, text));
            } else if (body.has("Binary") || body.has("InlineBinary")) {
                JsonNode bytes = body.has("Binary") ? body.get("Binary") : body.get("InlineBinary");
                byte[] content = new byte[bytes.size()];
                for (int i = 0; i < content.length; i++) {
                    content[i] = (byte) bytes.get(i).asInt();
                }
                expected.files.add(new ExpectedMail.File(name, content, null));
            }
        }
        return expected;
    }

    /** The file name: Content-Disposition's filename, else Content-Type's name. */
    private static String name(JsonNode part) {
        String name = attribute(header(part, "content_disposition"), "filename");
        return name != null ? name : attribute(header(part, "content_type"), "name");
    }

    private static String attribute(JsonNode header, String wanted) {
        if (header == null || !header.has("ContentType")) {
            return null;
        }
        JsonNode attributes = header.get("ContentType").get("attributes");
        if (attributes == null || !attributes.isArray()) {
            return null;
        }
        for (JsonNode attribute : attributes) {
            if (attribute.get("name").asString().equalsIgnoreCase(wanted)) {
                return attribute.get("value").asString();
            }
        }
        return null;
    }

    private static JsonNode header(JsonNode part, String name) {
        for (JsonNode header : part.get("headers")) {
            JsonNode headerName = header.get("name");
            if (headerName.isString() && headerName.asString().equals(name)) {
                return header.get("value");
            }
        }
        return null;
    }

    private static String string(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
