package dev.atende.shared.internal;

import dev.atende.shared.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals secrets at rest: {@code ATENDE_SECRET_KEY} (property {@code atende.secret-key},
 * base64 of 32 bytes) when set; otherwise one generated once into {@code <data-dir>/secret.key}
 * (readable by its owner only), with a warning, because the nodes of a cluster must share one key.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);
    static final String FILE_NAME = "secret.key";

    @Bean
    SecretBox secretBox(@Value("${atende.secret-key:${ATENDE_SECRET_KEY:}}") String configured,
            @Value("${atende.data-dir}") Path dataDir) {
        return load(configured, dataDir);
    }

    static SecretBox load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            try {
                return SecretBox.ofBase64(configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("ATENDE_SECRET_KEY (atende.secret-key) must be the base64 of 32 random "
                        + "bytes, e.g. the output of: openssl rand -base64 32", e);
            }
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        SecretBox box = Files.exists(file) ? read(file) : createOrRead(file);
        log.warn("Secrets (mailbox passwords) are sealed with the key in {} because ATENDE_SECRET_KEY is not set. "
                + "Keep that file with the backups of the database; a cluster must set ATENDE_SECRET_KEY to the same "
                + "value on every node (e.g. the content of that file).", file);
        return box;
    }

    private static SecretBox createOrRead(Path file) {
        String key = Base64.getEncoder().encodeToString(SecretBox.newKey());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", ownerOnly(file));
            try {
                Files.writeString(tmp, key + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
                // a hard link never replaces an existing file: of two nodes starting at once, one key wins
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException raced) {
                return read(file);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
            log.warn("Generated a new secret key in {}", file);
            return SecretBox.ofBase64(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the secret key to " + file + "; set ATENDE_SECRET_KEY", e);
        }
    }

    private static SecretBox read(Path file) {
        try {
            return SecretBox.ofBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the secret key in " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold a secret key (base64 of 32 bytes)", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> rw = PosixFilePermissions.fromString("rw-------");
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(rw)};
        }
        return new FileAttribute<?>[0];
    }
}
