package dev.atende.shared.internal;

import dev.atende.shared.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Blobs as files under {@code <data-dir>/blobs/ab/cd/<uuid>}. Written to a temporary file
 * first and moved into place, so a crash never leaves a half-written blob under a real key.
 */
@Component
class FileBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path root;

    FileBlobStore(@Value("${atende.data-dir}") Path dataDir) throws IOException {
        this.root = dataDir.resolve("blobs").toAbsolutePath();
        Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path tmp = Files.createTempFile(root.resolve("tmp"), key, ".part");
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new BlobTooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredBlob(key, size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
