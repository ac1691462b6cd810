package dev.atende.reporting.internal;

import dev.atende.reporting.ReportFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The narrowing of a report as a condition on {@code ticket_facts f}, with its arguments. */
record FactWhere(String sql, List<Object> args) {

    static FactWhere of(ReportFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.groups() != null) {
            if (filter.groups().isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and f.group_id in (").append(String.join(", ", Collections.nCopies(filter.groups().size(), "?")))
                        .append(')');
                args.addAll(filter.groups().stream().sorted().toList());
            }
        }
        add(sql, args, "f.group_id", filter.group());
        add(sql, args, "f.assignee_id", filter.agent());
        add(sql, args, "f.channel", filter.channel() == null ? null : filter.channel().code());
        add(sql, args, "f.category_id", filter.category());
        add(sql, args, "f.organization_id", filter.organization());
        add(sql, args, "f.priority", filter.priority() == null ? null : filter.priority().rank());
        return new FactWhere(sql.toString(), List.copyOf(args));
    }

    private static void add(StringBuilder sql, List<Object> args, String column, Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** The arguments of a statement: {@code before}, then these conditions', then {@code after}. */
    Object[] with(List<Object> before, Object... after) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(args);
        all.addAll(List.of(after));
        return all.toArray();
    }
}
