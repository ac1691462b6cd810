package dev.atende.identity;

import dev.atende.shared.Change;
import java.util.List;

/** A partial update of a user: each field absent (unchanged) or present (possibly null). */
public record UserChanges(Change<String> email, Change<String> name, Change<Role> role, Change<String> password,
        Change<String> currentPassword, Change<Long> organizationId, Change<List<Long>> groupIds,
        Change<String> locale, Change<Boolean> active) {
}
