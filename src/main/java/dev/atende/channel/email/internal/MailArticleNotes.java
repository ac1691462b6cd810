package dev.atende.channel.email.internal;

import dev.atende.ticket.ArticleNotes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells agents, beside each article, what e-mail did with it: a reply sent, waiting or failed
 * (with the reason), and a message from a sender who is neither the customer, a Cc nor an agent.
 */
@Component
class MailArticleNotes implements ArticleNotes {

    private final JdbcClient jdbc;

    MailArticleNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<Note>> forArticles(long ticketId, Collection<Long> articleIds) {
        Map<Long, List<Note>> notes = new HashMap<>();
        if (articleIds.isEmpty()) {
            return notes;
        }
        jdbc.sql("select article_id, from_address from mail_articles where ticket_id = :ticket and unverified_sender = true")
                .param("ticket", ticketId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(e -> articleIds.contains(e.getKey()))
                .forEach(e -> add(notes, e.getKey(), new Note("mail.article.unverified", e.getValue(), true)));
        jdbc.sql("select article_id, status, to_addresses, last_error from mail_outbox "
                        + "where ticket_id = :ticket and article_id is not null order by id")
                .param("ticket", ticketId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream().filter(row -> articleIds.contains((Long) row[0]))
                .forEach(row -> add(notes, (Long) row[0], switch ((String) row[1]) {
                    case "sent" -> new Note("mail.article.sent", (String) row[2], false);
                    case "failed" -> new Note("mail.article.failed", (String) row[3], true);
                    default -> new Note("mail.article.sending", (String) row[2], row[3] != null);
                }));
        return notes;
    }

    private static void add(Map<Long, List<Note>> notes, long articleId, Note note) {
        notes.computeIfAbsent(articleId, k -> new ArrayList<>()).add(note);
    }
}
