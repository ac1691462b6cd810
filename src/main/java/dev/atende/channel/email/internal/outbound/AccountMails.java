package dev.atende.channel.email.internal.outbound;

import dev.atende.identity.AccountMailRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the mails identity asks for about accounts (sign-up confirmation, password reset,
 * invitation). Listens synchronously, inside the transaction that stored the link: the mail is
 * in the outbox exactly when the link exists, and the link (a secret) is not copied into the
 * event publication table as an after-commit listener would.
 */
@Component
class AccountMails {

    private final MailComposer composer;
    private final Outbox outbox;

    AccountMails(MailComposer composer, Outbox outbox) {
        this.composer = composer;
        this.outbox = outbox;
    }

    @EventListener
    void on(AccountMailRequested event) {
        outbox.enqueue(composer.accountMail(event));
    }
}
