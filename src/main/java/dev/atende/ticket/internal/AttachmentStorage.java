package dev.atende.ticket.internal;

import dev.atende.shared.BlobStore;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PayloadTooLargeException;
import dev.atende.ticket.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes uploaded files to the {@link BlobStore} inside a ticket transaction. Blobs are written
 * before the rows that point to them; if the transaction then rolls back, the blobs are deleted
 * again, so a failed request leaves neither rows nor files behind.
 */
@Component
public class AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private final BlobStore blobs;

    AttachmentStorage(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** A stored file, ready to be recorded as an attachment row. */
    public record StoredFile(String filename, String contentType, BlobStore.StoredBlob blob, String contentId) {
    }

    public List<StoredFile> store(List<Upload> uploads, long maxBytes) {
        List<StoredFile> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            try (InputStream in = upload.content().open()) {
                var blob = blobs.put(in, maxBytes);
                deleteOnRollback(blob.key());
                stored.add(new StoredFile(filename(upload.filename()), mediaType(upload.contentType()), blob,
                        upload.contentId()));
            } catch (BlobStore.BlobTooLarge e) {
                throw new PayloadTooLargeException("error.attachment.tooLarge", safeName(upload.filename()), maxBytes / (1024 * 1024));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    public InputStream open(String key) throws IOException {
        return blobs.open(key);
    }

    private void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        blobs.delete(key);
                    } catch (IOException e) {
                        log.warn("Could not delete blob {} of a rolled-back upload", key, e);
                    }
                }
            }
        });
    }

    /** The last path segment, without control characters, NFC-normalized, at most 255 chars. */
    static String filename(String raw) {
        String name = safeName(raw);
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw InvalidInputException.of("files", "error.attachment.filename");
        }
        return name;
    }

    private static String safeName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String mediaType(String raw) {
        if (raw == null) {
            return "application/octet-stream";
        }
        String type = raw.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
    }
}
