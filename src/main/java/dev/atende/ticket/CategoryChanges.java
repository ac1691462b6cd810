package dev.atende.ticket;

import dev.atende.shared.Change;

/** A new category's fields, or changes to one (absent fields stay as they are). */
public record CategoryChanges(Change<String> name, Change<Long> parent, Change<Long> defaultGroup,
        Change<Integer> complexity) {
}
