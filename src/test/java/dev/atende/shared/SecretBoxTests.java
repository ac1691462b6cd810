package dev.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTests {

    private final SecretBox box = new SecretBox(SecretBox.newKey());

    @Test
    void opensWhatItSealed() {
        String sealed = box.encrypt("s3nh@ çã 🔑");

        assertThat(sealed).startsWith("v1:" + box.keyId() + ":").doesNotContain("s3nh");
        assertThat(box.decrypt(sealed)).isEqualTo("s3nh@ çã 🔑");
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        assertThat(box.encrypt("same")).isNotEqualTo(box.encrypt("same"));
    }

    @Test
    void refusesATamperedCiphertext() {
        String sealed = box.encrypt("password");
        int cut = sealed.lastIndexOf(':') + 1;
        byte[] data = Base64.getDecoder().decode(sealed.substring(cut));
        data[data.length - 20] ^= 1;
        String tampered = sealed.substring(0, cut) + Base64.getEncoder().encodeToString(data);

        assertThatThrownBy(() -> box.decrypt(tampered)).isInstanceOf(SecretBox.Unreadable.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesAValueSealedWithAnotherKey() {
        String sealed = new SecretBox(SecretBox.newKey()).encrypt("password");

        assertThatThrownBy(() -> box.decrypt(sealed)).isInstanceOf(SecretBox.Unreadable.class)
                .hasMessageContaining("another key");
    }

    @Test
    void refusesAnotherKeyEvenWhenTheKeyIdIsForged() {
        var other = new SecretBox(SecretBox.newKey());
        String sealed = other.encrypt("password");
        String forged = sealed.replace(":" + other.keyId() + ":", ":" + box.keyId() + ":");

        assertThatThrownBy(() -> box.decrypt(forged)).isInstanceOf(SecretBox.Unreadable.class);
    }

    @Test
    void refusesGarbageAndUnknownFormats() {
        assertThatThrownBy(() -> box.decrypt("plain text")).isInstanceOf(SecretBox.Unreadable.class);
        assertThatThrownBy(() -> box.decrypt("v2:" + box.keyId() + ":AAAA")).isInstanceOf(SecretBox.Unreadable.class);
        assertThatThrownBy(() -> box.decrypt("v1:" + box.keyId() + ":%%%")).isInstanceOf(SecretBox.Unreadable.class);
        assertThatThrownBy(() -> box.decrypt("v1:" + box.keyId() + ":AAAA")).isInstanceOf(SecretBox.Unreadable.class);
    }

    @Test
    void keysAreThirtyTwoBytesOfBase64() {
        byte[] key = SecretBox.newKey();
        var fromText = SecretBox.ofBase64(Base64.getEncoder().encodeToString(key) + "\n");

        assertThat(fromText.decrypt(new SecretBox(key).encrypt("x"))).isEqualTo("x");
        assertThatThrownBy(() -> SecretBox.ofBase64("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretBox.ofBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThat(box.encrypt(null)).isNull();
        assertThat(box.decrypt(null)).isNull();
    }
}
