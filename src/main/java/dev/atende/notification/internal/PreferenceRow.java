package dev.atende.notification.internal;

import dev.atende.identity.AgentNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The in-app notice kinds one person turned off; no row: all on. */
@Entity
@Table(name = "notification_preferences")
public class PreferenceRow {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "in_app_off")
    private String inAppOff;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PreferenceRow() {
    }

    public PreferenceRow(long personId) {
        this.personId = personId;
    }

    public Set<AgentNotice> off() {
        Set<AgentNotice> off = EnumSet.noneOf(AgentNotice.class);
        if (inAppOff != null) {
            for (String code : inAppOff.split(",")) {
                AgentNotice notice = AgentNotice.fromCode(code);
                if (notice != null) { // unknown codes (from a newer version) are skipped
                    off.add(notice);
                }
            }
        }
        return off;
    }

    public void turnOff(Set<AgentNotice> off, Instant now) {
        this.inAppOff = off.isEmpty() ? null
                : off.stream().sorted().map(AgentNotice::code).collect(Collectors.joining(","));
        this.updatedAt = now;
    }
}
