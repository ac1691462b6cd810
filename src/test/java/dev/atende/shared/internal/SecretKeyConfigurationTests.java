package dev.atende.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atende.shared.SecretBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyConfigurationTests {

    @TempDir
    Path dataDir;

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceReadableByTheOwnerOnly() throws Exception {
        SecretBox first = SecretKeyConfiguration.load("", dataDir);
        SecretBox second = SecretKeyConfiguration.load(null, dataDir);

        Path file = dataDir.resolve("secret.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.decrypt(first.encrypt("kept across restarts"))).isEqualTo("kept across restarts");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theConfiguredKeyWinsAndNothingIsWritten() throws Exception {
        byte[] key = SecretBox.newKey();

        SecretBox box = SecretKeyConfiguration.load(Base64.getEncoder().encodeToString(key), dataDir);

        assertThat(new SecretBox(key).decrypt(box.encrypt("x"))).isEqualTo("x");
        assertThat(Files.exists(dataDir.resolve("secret.key"))).isFalse();
    }

    @Test
    void aMalformedConfiguredKeyStopsTheStartWithAHint() {
        assertThatThrownBy(() -> SecretKeyConfiguration.load("too-short", dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("openssl rand -base64 32");
    }
}
