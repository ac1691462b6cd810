package dev.atende.ticket.web;

import dev.atende.identity.Directory;
import dev.atende.identity.GroupRef;
import dev.atende.identity.UserRef;
import dev.atende.shared.Ids;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleNotes;
import dev.atende.ticket.Timeline;
import dev.atende.ticket.web.TicketJson.AttachmentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A ticket's timeline as a page shows it: messages with their author's name and files, and
 * changes with ids turned into names (groups, people) at the time of reading.
 */
record TimelineView(List<Row> rows) {

    /** Changes whose values are group ids (escalations move the ticket between groups). */
    private static final java.util.Set<String> GROUP_FIELDS = java.util.Set.of("group", "escalation", "deescalation");

    /** Changes whose values are user ids (a participant joins when another customer's ticket is merged in). */
    private static final java.util.Set<String> USER_FIELDS = java.util.Set.of("assignee", "participant");

    /** One line of the timeline; {@code kind} is "message" or "change". */
    record Row(String kind, Instant at, String who, String sender, boolean internal, String contentType, String body,
            String folded, List<AttachmentView> attachments, String field, String from, String to,
            List<ArticleNotes.Note> notes, String note, String mergedFrom) {

        public boolean isMessage() {
            return kind.equals("message");
        }

        public boolean isHtml() {
            return "text/html".equals(contentType);
        }
    }

    static TimelineView of(Timeline timeline, Directory directory) {
        return of(timeline, directory, Map.of());
    }

    /** With the notes other modules keep about the articles (delivery, sender), for agents. */
    static TimelineView of(Timeline timeline, Directory directory, Map<Long, List<ArticleNotes.Note>> notes) {
        List<Long> userIds = new ArrayList<>();
        List<Long> groupIds = new ArrayList<>();
        for (Timeline.Entry entry : timeline.entries()) {
            if (entry instanceof Timeline.Message m) {
                userIds.add(m.article().authorId());
            } else if (entry instanceof Timeline.Change c) {
                userIds.add(c.change().actorId());
                List<Long> refs = GROUP_FIELDS.contains(c.change().field()) ? groupIds
                        : USER_FIELDS.contains(c.change().field()) ? userIds : null;
                if (refs != null) {
                    refs.add(id(c.change().from()));
                    refs.add(id(c.change().to()));
                }
            }
        }
        Map<Long, UserRef> users = directory.users(Ids.nonNull(userIds));
        Map<Long, GroupRef> groups = directory.groups(Ids.nonNull(groupIds));
        Function<Long, String> userName = id -> id == null || !users.containsKey(id) ? null : users.get(id).name();
        Function<Long, String> groupName = id -> id == null || !groups.containsKey(id) ? null : groups.get(id).name();
        List<Row> rows = new ArrayList<>();
        for (Timeline.Entry entry : timeline.entries()) {
            if (entry instanceof Timeline.Message m) {
                String[] body = m.article().contentType().equals(Article.HTML)
                        ? ArticleHtml.forView(m.article().body(), m.attachments())
                        : new String[] {m.article().body(), null};
                rows.add(new Row("message", m.at(), userName.apply(m.article().authorId()),
                        m.article().sender().code(), m.article().isInternal(), m.article().contentType(),
                        body[0], body[1], m.attachments().stream().map(TicketViews::attachment).toList(),
                        null, null, null, notes.getOrDefault(m.article().id(), List.of()), null,
                        m.article().mergedFromNumber() == null ? null : Long.toString(m.article().mergedFromNumber())));
            } else if (entry instanceof Timeline.Change c) {
                var h = c.change();
                Function<String, String> name = switch (h.field()) {
                    case "assignee", "participant" -> v -> userName.apply(id(v));
                    case "group", "escalation", "deescalation" -> v -> groupName.apply(id(v));
                    default -> v -> v;
                };
                rows.add(new Row("change", h.at(), userName.apply(h.actorId()), null, true, null, null, null, List.of(),
                        h.field(), name.apply(h.from()), name.apply(h.to()), List.of(), h.note(), null));
            }
        }
        return new TimelineView(rows);
    }

    private static Long id(String value) {
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }
}
