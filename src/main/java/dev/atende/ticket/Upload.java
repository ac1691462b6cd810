package dev.atende.ticket;

import java.io.IOException;
import java.io.InputStream;

/** A file someone attaches, read once when it is stored. */
public record Upload(String filename, String contentType, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
