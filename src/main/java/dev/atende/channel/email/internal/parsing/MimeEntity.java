package dev.atende.channel.email.internal.parsing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One node of a mail's MIME tree: its headers, its type, where its body lies in the raw bytes,
 * and its parts when it is a multipart that could be split.
 */
final class MimeEntity {

    private final MimeHeaders headers;
    private final MediaType type;
    private final byte[] source;
    private final int bodyStart;
    private final int bodyEnd;
    private final List<MimeEntity> children;
    private final int depth;
    private byte[] decoded;

    MimeEntity(MimeHeaders headers, MediaType type, byte[] source, int bodyStart, int bodyEnd, List<MimeEntity> children,
            int depth) {
        this.headers = headers;
        this.type = type;
        this.source = source;
        this.bodyStart = bodyStart;
        this.bodyEnd = Math.max(bodyStart, bodyEnd);
        this.children = List.copyOf(children);
        this.depth = depth;
    }

    MimeHeaders headers() {
        return headers;
    }

    MediaType type() {
        return type;
    }

    List<MimeEntity> children() {
        return children;
    }

    /** A multipart whose parts were found; a multipart without any readable part is a leaf. */
    boolean hasChildren() {
        return !children.isEmpty();
    }

    int depth() {
        return depth;
    }

    /** The body as it is in the mail, still transfer-encoded. */
    byte[] rawBody() {
        return Arrays.copyOfRange(source, bodyStart, bodyEnd);
    }

    /** The body with its Content-Transfer-Encoding undone. */
    byte[] body() {
        if (decoded == null) {
            decoded = TransferDecoding.decode(rawBody(), headers.get("Content-Transfer-Encoding"));
        }
        return decoded;
    }

    /** "attachment", "inline" or null, from Content-Disposition. */
    String disposition() {
        String value = HeaderParams.parse(headers.get("Content-Disposition")).value().toLowerCase(Locale.ROOT);
        return value.isBlank() ? null : value;
    }

    boolean isAttachmentDisposition() {
        String disposition = disposition();
        return disposition != null && disposition.startsWith("attachment");
    }

    /** The file name the sender gave, decoded, or null. */
    String filename() {
        String name = HeaderParams.parse(headers.get("Content-Disposition")).param("filename");
        if (name == null || name.isBlank()) {
            name = type.param("name");
        }
        return name == null || name.isBlank() ? null : name;
    }

    /** The Content-ID without angle brackets, or null. */
    String contentId() {
        String id = headers.get("Content-ID");
        if (id == null) {
            return null;
        }
        String bare = id.replaceAll("[<>\\s]", "");
        return bare.isEmpty() ? null : bare;
    }

    /** The mail inside a message/rfc822 part, or null when nested too deep to follow. */
    MimeEntity message() {
        return depth + 1 >= MimeReader.MAX_DEPTH ? null : MimeReader.read(body(), depth + 1);
    }
}
