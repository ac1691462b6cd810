package dev.atende.notification;

import dev.atende.identity.AgentNotice;

/**
 * What a notice is about. Each belongs to one of the notice kinds a person turns on or off
 * ({@link AgentNotice}): the in-app switch per kind is kept here, the e-mail one by identity.
 */
public enum NotificationKind {

    MENTION("mention", AgentNotice.MENTION),
    ASSIGNED("assigned", AgentNotice.ASSIGNED),
    CUSTOMER_REPLY("customerReply", AgentNotice.CUSTOMER_REPLY),
    SLA_WARNING("slaWarning", AgentNotice.SLA),
    SLA_BREACHED("slaBreached", AgentNotice.SLA);

    private final String code;
    private final AgentNotice preference;

    NotificationKind(String code, AgentNotice preference) {
        this.code = code;
        this.preference = preference;
    }

    public String code() {
        return code;
    }

    /** The switch that turns this kind on or off. */
    public AgentNotice preference() {
        return preference;
    }

    public static NotificationKind fromCode(String code) {
        for (NotificationKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
