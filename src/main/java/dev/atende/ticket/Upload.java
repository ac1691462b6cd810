package dev.atende.ticket;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file someone attaches, read once when it is stored. {@code contentId} is set for an image
 * shown inside an e-mail's HTML ({@code cid:...}); null otherwise.
 */
public record Upload(String filename, String contentType, Content content, String contentId) {

    public Upload(String filename, String contentType, Content content) {
        this(filename, contentType, content, null);
    }

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
