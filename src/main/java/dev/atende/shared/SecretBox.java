package dev.atende.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets (mailbox passwords) for storage with AES-256-GCM and a fresh random nonce,
 * so equal passwords never look alike and any change to a stored value is detected.
 *
 * <p>The sealed form is {@code v1:<key id>:<base64(nonce + ciphertext + tag)>}: {@code v1} names
 * this format and the key id (the first 8 hex digits of the key's SHA-256) the key that sealed
 * it, so that a later key rotation can keep old keys for reading. Both are authenticated along
 * with the ciphertext.
 */
public final class SecretBox {

    public static final String VERSION = "v1";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    /** A box for this 32-byte (AES-256) key. */
    public SecretBox(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a secret key has " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = HexFormat.of().formatHex(sha256(key), 0, 4);
    }

    /** A box for a key written in base64 (as {@code ATENDE_SECRET_KEY} holds it). */
    public static SecretBox ofBase64(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the secret key is not base64");
        }
        try {
            return new SecretBox(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A new random key, for {@link #SecretBox(byte[])}. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Which key this box holds: part of every value it seals. */
    public String keyId() {
        return keyId;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String header = VERSION + ":" + keyId + ":";
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return header + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret a value of {@link #encrypt} holds; refuses a value changed since, or sealed with another key. */
    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new Unreadable("not a sealed secret of format " + VERSION);
        }
        if (!keyId.equals(parts[1])) {
            throw new Unreadable("sealed with another key (" + parts[1] + "); this server has key " + keyId
                    + ": is ATENDE_SECRET_KEY the one this database was written with?");
        }
        byte[] data;
        try {
            data = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("the sealed secret is corrupt");
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new Unreadable("the sealed secret is corrupt");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD((parts[0] + ":" + parts[1] + ":").getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new Unreadable("the sealed secret was altered or the key is wrong");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A stored secret that cannot be opened: tampered with, corrupt, or sealed with another key. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SecretBox[key " + keyId + "]";
    }
}
