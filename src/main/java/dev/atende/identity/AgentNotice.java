package dev.atende.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The e-mail notices an agent can turn off in their profile. Every notice is on until turned
 * off; the e-mail channel asks {@link User#wantsNotice(AgentNotice)} before sending one.
 */
public enum AgentNotice {

    /** A new ticket arrived in one of my groups. */
    NEW_TICKET("newTicket"),
    /** A ticket was assigned to me. */
    ASSIGNED("assigned"),
    /** The customer answered on a ticket of mine (or of my group while nobody has it). */
    CUSTOMER_REPLY("customerReply"),
    /** Someone mentioned me in an internal note. */
    MENTION("mention"),
    /** A deadline of a ticket of mine is near or missed (SLA warnings and breaches). */
    SLA("sla");

    private final String code;

    AgentNotice(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AgentNotice fromCode(String code) {
        for (AgentNotice notice : values()) {
            if (notice.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return notice;
            }
        }
        return null;
    }

    /** The stored form: codes joined by commas, null when the set is empty. */
    static String join(Set<AgentNotice> notices) {
        return notices.isEmpty() ? null
                : notices.stream().sorted().map(AgentNotice::code).collect(Collectors.joining(","));
    }

    /** Reads the stored form; unknown codes (from a newer version) are skipped. */
    static Set<AgentNotice> split(String stored) {
        Set<AgentNotice> notices = EnumSet.noneOf(AgentNotice.class);
        if (stored != null) {
            for (String code : stored.split(",")) {
                AgentNotice notice = fromCode(code);
                if (notice != null) {
                    notices.add(notice);
                }
            }
        }
        return notices;
    }
}
