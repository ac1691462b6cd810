package dev.atende.identity;

import dev.atende.identity.internal.ApiToken;
import dev.atende.identity.internal.ApiTokens;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. A token is 32 random bytes, so a fast hash (SHA-256) is
 * enough to store it: there is nothing to guess that bcrypt would slow down.
 */
@Service
@Transactional
public class TokenManagement {

    private static final String PREFIX = "atd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final Clock clock;

    TokenManagement(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token as its owner sees it; {@code token} is set only in the answer that creates it. */
    public record TokenView(long id, String name, String token, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt) {
    }

    public TokenView issue(Actor actor, String name, Instant expiresAt) {
        var problems = new InvalidInputException.Collector();
        if (name == null || name.isBlank()) {
            problems.add("name", "error.field.required");
        } else if (name.length() > 100) {
            problems.add("name", "error.field.tooLong", 100);
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            problems.add("expiresAt", "error.token.expiresInPast");
        }
        problems.throwIfAny();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(actor.id(), name.strip(), hash(token), now, expiresAt));
        return new TokenView(saved.id(), saved.name(), token, saved.createdAt(), saved.expiresAt(), null);
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(Actor actor) {
        return tokens.findByUserIdOrderByCreatedAtDesc(actor.id()).stream()
                .map(t -> new TokenView(t.id(), t.name(), null, t.createdAt(), t.expiresAt(), t.lastUsedAt()))
                .toList();
    }

    public void revoke(Actor actor, long id) {
        ApiToken token = tokens.findById(id).filter(t -> t.userId() == actor.id())
                .orElseThrow(() -> new NotFoundException("error.token.notFound"));
        tokens.delete(token);
    }

    /** The owner of a presented token, if it is known and not expired. */
    public Optional<Long> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(presented)).filter(t -> t.isValidAt(now)).map(t -> {
            t.usedAt(now);
            return t.userId();
        });
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
