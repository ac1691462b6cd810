package dev.atende.channel.email.internal.outbound;

import java.util.List;

/** A mail composed and ready for the outbox. */
public record Draft(Kind kind, Long ticketId, Long articleId, Long mailboxId, String from, List<String> to,
        List<String> cc, String subject, String text, String html, String inReplyTo, List<String> references) {

    public Draft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
    }

    /** What a mail is for; automatic ones carry {@code Auto-Submitted: auto-replied} (RFC 3834). */
    public enum Kind {
        ACKNOWLEDGEMENT(true), REPLY(false), SOLVED(true), AGENT_NOTICE(true), AUTO_REPLY(true), AUTOMATION_NOTICE(true),
        /** Sign-up confirmation, password reset, invitation: about the account, not a ticket. */
        ACCOUNT(true),
        /** A mail from Atende to a person about no ticket (a scheduled report). */
        SYSTEM(true);

        private final boolean automatic;

        Kind(boolean automatic) {
            this.automatic = automatic;
        }

        public boolean automatic() {
            return automatic;
        }

        public String code() {
            return name().toLowerCase();
        }
    }
}
