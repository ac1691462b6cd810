package dev.atende.channel.email.internal.parsing;

import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads Apache James mime4j's decoded-structure results ({@code X_decoded.xml}: each entity's raw
 * header fields, its parts or nested message, and for each leaf the name of a file holding its
 * decoded body). Header values there are raw, so the subject, the sender and file names are
 * decoded here with Jakarta Mail, an implementation independent of ours.
 */
final class Mime4jExpectations {

    private Mime4jExpectations() {
    }

    static ExpectedMail read(Path decodedXml) throws Exception {
        String xml = Files.readString(decodedXml, StandardCharsets.ISO_8859_1); // as the upstream test reads it
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        return message(root, decodedXml.getParent());
    }

    private static ExpectedMail message(Element message, Path folder) throws IOException {
        ExpectedMail expected = new ExpectedMail();
        Map<String, String> headers = headers(message);
        expected.subjectKnown = true;
        expected.subject = headers.containsKey("subject") ? decodeText(headers.get("subject")) : null;
        expected.fromKnown = true;
        String from = headers.get("from");
        if (from != null) {
            try {
                InternetAddress[] addresses = InternetAddress.parseHeader(unfold(from), false);
                if (addresses.length > 0) {
                    expected.fromAddress = addresses[0].getAddress();
                    expected.fromName = addresses[0].getPersonal();
                }
            } catch (Exception e) {
                expected.fromKnown = false; // Jakarta Mail cannot read it either: nothing to compare with
            }
        }
        body(message, headers, expected, folder);
        return expected;
    }

    private static void body(Element entity, Map<String, String> headers, ExpectedMail expected, Path folder)
            throws IOException {
        for (Node node = entity.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element child)) {
                continue;
            }
            switch (child.getTagName()) {
                case "multipart":
                    multipart(child, expected, folder);
                    break;
                case "message":
                    expected.messages.add(message(child, folder));
                    break;
                case "text-body":
                case "binary-body":
                    leaf(child, headers, expected, folder);
                    break;
                default:
                    break;
            }
        }
    }

    private static void multipart(Element multipart, ExpectedMail expected, Path folder) throws IOException {
        boolean anyPart = false;
        for (Node node = multipart.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element part && part.getTagName().equals("body-part")) {
                anyPart = true;
                body(part, headers(part), expected, folder);
            }
        }
        if (!anyPart) { // a multipart without parts: its text is all there is
            for (Node node = multipart.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element preamble && preamble.getTagName().equals("preamble")) {
                    expected.anywhere.add(preamble.getTextContent());
                }
            }
        }
    }

    private static void leaf(Element leaf, Map<String, String> headers, ExpectedMail expected, Path folder)
            throws IOException {
        byte[] content = Files.readAllBytes(folder.resolve(leaf.getAttribute("name")));
        String type = headers.getOrDefault("content-type", "text/plain");
        String baseType = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String name = filename(headers);
        String disposition = headers.getOrDefault("content-disposition", "").strip().toLowerCase(Locale.ROOT);
        if (name != null || leaf.getTagName().equals("binary-body")) {
            expected.files.add(new ExpectedMail.File(name, content, null));
            return;
        }
        String text = new String(content, charset(type));
        if (disposition.startsWith("attachment")) {
            expected.anywhere.add(text);
        } else if (baseType.equals("text/html")) {
            expected.htmls.add(text);
        } else if (baseType.equals("text/plain") || !baseType.contains("/")) {
            expected.texts.add(text);
        } else {
            expected.anywhere.add(text);
        }
    }

    private static Charset charset(String type) {
        try {
            String charset = new ContentType(unfold(type)).getParameter("charset");
            return charset == null ? StandardCharsets.ISO_8859_1 : Charset.forName(MimeUtility.javaCharset(charset));
        } catch (Exception e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    private static String filename(Map<String, String> headers) {
        String name = null;
        try {
            if (headers.containsKey("content-disposition")) {
                name = new ContentDisposition(unfold(headers.get("content-disposition"))).getParameter("filename");
            }
            if (name == null && headers.containsKey("content-type")) {
                name = new ContentType(unfold(headers.get("content-type"))).getParameter("name");
            }
        } catch (Exception e) {
            return null; // a header Jakarta Mail cannot read: the name is not compared
        }
        return name == null ? null : decodeText(name);
    }

    /** Field name (lower-cased) to raw value, first occurrence. */
    private static Map<String, String> headers(Element entity) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Node node = entity.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element header && header.getTagName().equals("header")) {
                for (Node field = header.getFirstChild(); field != null; field = field.getNextSibling()) {
                    if (field instanceof Element f && f.getTagName().equals("field")) {
                        String text = f.getTextContent().replaceFirst("^[\\r\\n]+", "");
                        int colon = text.indexOf(':');
                        if (colon > 0) {
                            headers.putIfAbsent(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1));
                        }
                    }
                }
            }
        }
        return headers;
    }

    private static String decodeText(String raw) {
        try {
            return MimeUtility.decodeText(unfold(raw)).strip();
        } catch (Exception e) {
            return unfold(raw).strip();
        }
    }

    private static String unfold(String raw) {
        return raw.replaceAll("\\r?\\n", "");
    }
}
