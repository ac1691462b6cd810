package dev.atende.automation.internal;

import dev.atende.automation.Condition;
import dev.atende.automation.Conditions;
import dev.atende.ticket.FieldChange;
import dev.atende.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/** Whether checked conditions hold for a ticket; a value that is missing simply does not match. */
public final class ConditionCheck {

    private ConditionCheck() {
    }

    public static boolean holds(Conditions conditions, TicketFacts facts) {
        for (Condition c : conditions.all()) {
            if (!holds(c, facts)) {
                return false;
            }
        }
        if (conditions.any().isEmpty()) {
            return true;
        }
        for (Condition c : conditions.any()) {
            if (holds(c, facts)) {
                return true;
            }
        }
        return false;
    }

    static boolean holds(Condition c, TicketFacts facts) {
        ConditionField field = ConditionField.fromCode(c.field());
        if (field == null) {
            return false;
        }
        if (c.op().equals("changed") || c.op().equals("changed_to")) {
            return changed(field, c, facts);
        }
        return switch (field.kind()) {
            case TEXT -> text(c.op(), String.valueOf(c.value()), textOf(field, facts));
            case CODE -> {
                String actual = codeOf(field, facts);
                yield actual != null && (c.op().equals("is") == actual.equals(c.value()));
            }
            case ID -> {
                Long actual = idOf(field, facts.ticket(), facts);
                Long wanted = c.value() == null ? null : ((Number) c.value()).longValue();
                yield c.op().equals("is") == Objects.equals(actual, wanted);
            }
            case TAGS -> {
                boolean has = facts.ticket().tags().stream().anyMatch(t -> t.equalsIgnoreCase(String.valueOf(c.value())));
                yield c.op().equals("contains") == has;
            }
            case BOOLEAN -> {
                Boolean actual = booleanOf(field, facts);
                yield actual != null && actual.equals(c.value());
            }
            case SCORE -> {
                if (facts.rating() == null) {
                    yield false;
                }
                int score = facts.rating().score();
                int wanted = ((Number) c.value()).intValue();
                yield switch (c.op()) {
                    case "is" -> score == wanted;
                    case "is_not" -> score != wanted;
                    case "gt" -> score > wanted;
                    case "lt" -> score < wanted;
                    default -> false;
                };
            }
            case MINUTES -> {
                Instant since = sinceOf(field, facts);
                if (since == null) {
                    yield false;
                }
                long minutes = Duration.between(since, facts.now()).toMinutes();
                long limit = ((Number) c.value()).longValue();
                yield c.op().equals("gt") ? minutes > limit : minutes < limit;
            }
        };
    }

    private static boolean changed(ConditionField field, Condition c, TicketFacts facts) {
        for (FieldChange change : facts.changes()) {
            if (!change.field().equals(field.changeKey())) {
                continue;
            }
            if (c.op().equals("changed")) {
                return true;
            }
            String wanted = c.value() == null ? null : c.value().toString();
            if (field == ConditionField.TAGS) {
                return wanted != null && tags(change.to()).contains(wanted.toLowerCase(Locale.ROOT))
                        && !tags(change.from()).contains(wanted.toLowerCase(Locale.ROOT));
            }
            return Objects.equals(change.to(), wanted);
        }
        return false;
    }

    private static java.util.List<String> tags(String joined) {
        return joined == null || joined.isEmpty() ? java.util.List.of()
                : Arrays.stream(joined.split(", ")).map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    static boolean text(String op, String wanted, String actual) {
        if (actual == null) {
            return op.equals("is_not") || op.equals("not_contains");
        }
        String a = actual.toLowerCase(Locale.ROOT);
        String w = wanted.toLowerCase(Locale.ROOT);
        return switch (op) {
            case "is" -> a.equals(w);
            case "is_not" -> !a.equals(w);
            case "contains" -> a.contains(w);
            case "not_contains" -> !a.contains(w);
            case "starts_with" -> a.startsWith(w);
            case "ends_with" -> a.endsWith(w);
            case "matches" -> Wildcard.matches(wanted, actual);
            default -> false;
        };
    }

    private static String textOf(ConditionField field, TicketFacts facts) {
        return switch (field) {
            case SUBJECT -> facts.ticket().subject();
            case CUSTOMER_EMAIL -> facts.customer() == null ? null : facts.customer().email();
            case CUSTOMER_NAME -> facts.customer() == null ? null : facts.customer().name();
            case ARTICLE_BODY -> facts.article() == null ? null : facts.article().body();
            case RATING_COMMENT -> facts.rating() == null ? null : facts.rating().comment();
            default -> null;
        };
    }

    private static String codeOf(ConditionField field, TicketFacts facts) {
        Ticket t = facts.ticket();
        return switch (field) {
            case STATUS -> t.status().code();
            case PRIORITY -> t.priority().code();
            case CHANNEL -> t.channel().code();
            case ARTICLE_SENDER -> facts.article() == null ? null : facts.article().sender().code();
            default -> null;
        };
    }

    private static Boolean booleanOf(ConditionField field, TicketFacts facts) {
        return switch (field) {
            case ARTICLE_INTERNAL -> facts.article() == null ? null : facts.article().isInternal();
            case RATING_GOOD -> facts.rating() == null ? null : facts.rating().good();
            default -> null;
        };
    }

    private static Long idOf(ConditionField field, Ticket t, TicketFacts facts) {
        return switch (field) {
            case GROUP -> t.groupId();
            case ASSIGNEE -> t.assigneeId();
            case CATEGORY -> t.categoryId();
            case CUSTOMER -> t.customerId();
            case ORGANIZATION -> t.organizationId();
            default -> null;
        };
    }

    private static Instant sinceOf(ConditionField field, TicketFacts facts) {
        return switch (field) {
            case MINUTES_SINCE_CREATED -> facts.ticket().createdAt();
            case MINUTES_SINCE_UPDATED -> facts.ticket().updatedAt();
            case MINUTES_SINCE_CUSTOMER_REPLY -> facts.lastCustomerMessage();
            default -> null;
        };
    }
}
