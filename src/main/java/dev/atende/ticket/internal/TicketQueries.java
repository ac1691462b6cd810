package dev.atende.ticket.internal;

import dev.atende.identity.Actor;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Texts;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketFilter;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link TicketFilter} plus the caller's visibility into one query. */
public final class TicketQueries {

    /** API sort keys and the ticket fields they sort by; "due" is the next SLA deadline, none last. */
    private static final Map<String, String> SORTABLE = Map.of("number", "number", "subject", "subject",
            "status", "status", "priority", "priority", "createdAt", "createdAt", "updatedAt", "updatedAt",
            "due", "slaDueAt");

    private TicketQueries() {
    }

    public static Specification<Ticket> matching(Actor actor, TicketFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (actor.isStaff() && !actor.isAdmin()) {
                where.add(actor.visibleGroupIds().isEmpty() ? cb.disjunction()
                        : root.get("groupId").in(actor.visibleGroupIds()));
            } else if (actor.isCustomer()) {
                Predicate own = cb.equal(root.get("customerId"), actor.id());
                where.add(actor.organizationShared() && actor.organizationId() != null
                        ? cb.or(own, cb.equal(root.get("organizationId"), actor.organizationId())) : own);
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.priority() != null) {
                where.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.groupId() != null) {
                where.add(cb.equal(root.get("groupId"), filter.groupId()));
            }
            if (filter.customerId() != null) {
                where.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (filter.assignee() != null) {
                switch (filter.assignee()) {
                    case "me" -> where.add(cb.equal(root.get("assigneeId"), actor.id()));
                    case "none" -> where.add(cb.isNull(root.get("assigneeId")));
                    default -> where.add(cb.equal(root.get("assigneeId"), Long.parseLong(filter.assignee())));
                }
            }
            if (filter.dueBefore() != null) {
                where.add(cb.lessThan(root.get("slaDueAt"), filter.dueBefore()));
            }
            if (filter.channel() != null) {
                where.add(cb.equal(root.get("channel"), filter.channel()));
            }
            if (filter.categoryId() != null) {
                where.add(cb.equal(root.get("categoryId"), filter.categoryId()));
            }
            if (filter.tags() != null) {
                filter.tags().forEach(tag -> where.add(cb.isMember(tag, root.<java.util.Collection<String>>get("tags"))));
            }
            if (filter.updatedSince() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), filter.updatedSince()));
            }
            String q = filter.query() == null ? "" : Texts.withoutControlCharacters(filter.query()).strip();
            if (!q.isEmpty()) {
                String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                Predicate subject = cb.like(cb.lower(root.get("subject")), like, '\\');
                String digits = q.startsWith("#") ? q.substring(1) : q;
                where.add(digits.matches("\\d{1,18}")
                        ? cb.or(subject, cb.equal(root.get("number"), Long.parseLong(digits))) : subject);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    public static Sort sort(String sort) {
        String spec = sort == null || sort.isBlank() ? "-updatedAt" : sort.strip();
        boolean descending = spec.startsWith("-");
        String field = SORTABLE.get(descending ? spec.substring(1) : spec);
        if (field == null) {
            throw InvalidInputException.of("sort", "error.ticket.sort", String.join(", ", SORTABLE.keySet()));
        }
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, field).and(Sort.by(Sort.Direction.DESC, "id"));
    }
}
