package dev.atende.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link mailed to someone: to confirm a sign-up (and choose a password), to reset a
 * password, or to accept an invitation. Only the SHA-256 of its token is stored. A sign-up link
 * carries the name and language given at sign-up, since no account exists before it is used.
 */
@Entity
@Table(name = "account_links")
public class AccountLink {

    public static final String SIGNUP = "signup";
    public static final String RESET = "reset";
    public static final String INVITE = "invite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    private String email;

    @Column(name = "user_id")
    private Long userId;

    private String name;
    private String locale;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountLink() {
    }

    public AccountLink(String purpose, String tokenHash, String email, Long userId, String name, String locale,
            Instant createdAt, Instant expiresAt) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.email = email;
        this.userId = userId;
        this.name = name;
        this.locale = locale;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    public String email() {
        return email;
    }

    public Long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String locale() {
        return locale;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
