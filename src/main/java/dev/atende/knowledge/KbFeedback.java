package dev.atende.knowledge;

import dev.atende.identity.Actor;
import dev.atende.knowledge.internal.KbArticles;
import dev.atende.knowledge.internal.KbComments;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers say about articles, and what the team learns from it.
 *
 * <p>Votes ("was this helpful?"): one per person and article, changeable. A signed-in reader is
 * known by their account; a visitor by a random browser cookie, and one address may cast at most
 * {@link #ANONYMOUS_VOTES_PER_HOUR} visitor votes an hour, so a script cannot bury an article.
 * Addresses and cookies are stored only as SHA-256 hashes.
 *
 * <p>Comments: plain text from signed-in readers; customers' comments are shown once someone on
 * the team approved them, the team's at once.
 */
@Service
@Transactional
public class KbFeedback {

    public static final int ANONYMOUS_VOTES_PER_HOUR = 20;
    /** Fewest votes before an article can rank as least helpful (one vote says little). */
    public static final int MIN_VOTES_TO_RANK = 3;

    public record Votes(long helpful, long notHelpful) {
    }

    private final KbArticles articles;
    private final KbComments comments;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    KbFeedback(KbArticles articles, KbComments comments, JdbcTemplate jdbc, Clock clock) {
        this.articles = articles;
        this.comments = comments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the reader's answer, replacing their earlier one. {@code browserToken}: the visitor's
     * cookie (needed when {@code actor} is null); {@code address}: the client's IP address.
     */
    public Votes vote(Actor actor, long articleId, boolean helpful, String browserToken, String address) {
        KbArticle article = readable(actor, articleId);
        String voter;
        String addressHash = null;
        Instant now = clock.instant();
        if (actor != null) {
            voter = "u:" + actor.id();
        } else {
            if (browserToken == null || browserToken.isBlank() || browserToken.length() > 100) {
                throw InvalidInputException.of("voter", "error.kb.vote.noCookie");
            }
            voter = "a:" + sha256(browserToken);
            addressHash = sha256("kb-vote:" + address);
            Integer recent = jdbc.queryForObject(
                    "select count(*) from kb_votes where ip_hash = ? and created_at >= ?", Integer.class,
                    addressHash, Timestamp.from(now.minus(Duration.ofHours(1))));
            if (recent != null && recent >= ANONYMOUS_VOTES_PER_HOUR) {
                throw new TooManyVotesException();
            }
        }
        int changed = jdbc.update("update kb_votes set helpful = ? where article_id = ? and voter = ?", helpful,
                article.id(), voter);
        if (changed == 0) {
            jdbc.update("insert into kb_votes (article_id, voter, helpful, ip_hash, created_at) values (?, ?, ?, ?, ?)",
                    article.id(), voter, helpful, addressHash, Timestamp.from(now));
        }
        return votes(article.id());
    }

    @Transactional(readOnly = true)
    public Votes votes(long articleId) {
        long[] counts = new long[2];
        jdbc.query("select helpful, count(*) from kb_votes where article_id = ? group by helpful", row -> {
            counts[row.getBoolean(1) ? 0 : 1] = row.getLong(2);
        }, articleId);
        return new Votes(counts[0], counts[1]);
    }

    /** Counts a reading in the help center; the team's own readings do not count. */
    public void viewed(Actor actor, KbArticle article) {
        if (!KbAccess.seesEverything(actor) && article.isPublic()) {
            articles.countView(article.id());
        }
    }

    /** The comments the actor may read: approved ones; the team sees all, with their status. */
    @Transactional(readOnly = true)
    public List<KbComment> comments(Actor actor, long articleId) {
        readable(actor, articleId);
        return KbAccess.seesEverything(actor) ? comments.findByArticleIdOrderById(articleId)
                : comments.findByArticleIdAndStatusOrderById(articleId, KbComment.Status.APPROVED.code());
    }

    /** Approved comments of an article the caller already may read (the help-center page shows these). */
    @Transactional(readOnly = true)
    public List<KbComment> approvedComments(long articleId) {
        return comments.findByArticleIdAndStatusOrderById(articleId, KbComment.Status.APPROVED.code());
    }

    public KbComment comment(Actor actor, long articleId, String text) {
        if (actor == null) {
            throw new dev.atende.shared.ForbiddenException("error.kb.comment.signIn");
        }
        readable(actor, articleId);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw InvalidInputException.of("body", "error.field.required");
        }
        if (body.length() > KbComment.MAX_BODY) {
            throw InvalidInputException.of("body", "error.field.tooLong", KbComment.MAX_BODY);
        }
        if (Texts.hasControlCharacters(body)) {
            throw InvalidInputException.of("body", "error.field.control");
        }
        var status = actor.isStaff() ? KbComment.Status.APPROVED : KbComment.Status.PENDING;
        return comments.save(new KbComment(articleId, actor.id(), body, status, clock.instant()));
    }

    public KbComment moderate(Actor actor, long commentId, KbComment.Status status) {
        KbAccess.requireWriter(actor);
        KbComment comment = comments.findById(commentId)
                .orElseThrow(() -> new NotFoundException("error.kb.comment.notFound"));
        comment.moderate(status);
        return comments.save(comment);
    }

    /** Comments waiting for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<KbComment> pending(Actor actor) {
        KbAccess.requireWriter(actor);
        return comments.findTop100ByStatusOrderById(KbComment.Status.PENDING.code());
    }

    /** The published articles read most in the help center. */
    @Transactional(readOnly = true)
    public List<ArticleStats> mostViewed(Actor actor, int limit) {
        KbAccess.requireWriter(actor);
        List<Long> ids = jdbc.queryForList("select id from kb_articles where status = 'published' and views > 0 "
                + "order by views desc, id limit ?", Long.class, limit);
        return stats(ids);
    }

    /** Published articles with the lowest share of helpful answers (at least {@link #MIN_VOTES_TO_RANK} votes). */
    @Transactional(readOnly = true)
    public List<ArticleStats> leastHelpful(Actor actor, int limit) {
        KbAccess.requireWriter(actor);
        List<Long> ids = jdbc.queryForList("""
                select a.id from kb_articles a join kb_votes v on v.article_id = a.id
                where a.status = 'published'
                group by a.id
                having count(*) >= ?
                order by sum(case when v.helpful then 1 else 0 end) * 1.0 / count(*),
                         sum(case when v.helpful then 0 else 1 end) desc, a.id
                limit ?""", Long.class, MIN_VOTES_TO_RANK, limit);
        return stats(ids);
    }

    private List<ArticleStats> stats(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, KbArticle> byId = new HashMap<>();
        articles.findByIds(ids).forEach(a -> byId.put(a.id(), a));
        List<ArticleStats> stats = new ArrayList<>();
        for (Long id : ids) {
            KbArticle article = byId.get(id);
            if (article != null) {
                Votes votes = votes(id);
                stats.add(new ArticleStats(article, article.views(), votes.helpful(), votes.notHelpful()));
            }
        }
        return stats;
    }

    private KbArticle readable(Actor actor, long articleId) {
        return KbAccess.visible(actor, articles.findById(articleId).orElse(null));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
