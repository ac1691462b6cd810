package dev.atende.identity;

import dev.atende.shared.Change;
import java.util.List;
import java.util.Map;

/**
 * A partial update of a user: each field absent (unchanged) or present (possibly null).
 * {@code notices} turns single e-mail notices on (true) or off (false), leaving the others.
 */
public record UserChanges(Change<String> email, Change<String> name, Change<Role> role, Change<String> password,
        Change<String> currentPassword, Change<Long> organizationId, Change<List<Long>> groupIds,
        Change<String> locale, Change<Boolean> active, Change<String> timeZone,
        Change<Map<AgentNotice, Boolean>> notices) {

    /** Without the profile preferences (time zone, notices). */
    public UserChanges(Change<String> email, Change<String> name, Change<Role> role, Change<String> password,
            Change<String> currentPassword, Change<Long> organizationId, Change<List<Long>> groupIds,
            Change<String> locale, Change<Boolean> active) {
        this(email, name, role, password, currentPassword, organizationId, groupIds, locale, active, Change.absent(),
                Change.absent());
    }

    /** Only the profile preferences. */
    public static UserChanges preferences(Change<String> timeZone, Change<Map<AgentNotice, Boolean>> notices) {
        return new UserChanges(Change.absent(), Change.absent(), Change.absent(), Change.absent(), Change.absent(),
                Change.absent(), Change.absent(), Change.absent(), Change.absent(), timeZone, notices);
    }
}
