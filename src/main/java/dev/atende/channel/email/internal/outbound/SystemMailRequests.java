package dev.atende.channel.email.internal.outbound;

import dev.atende.channel.email.SystemMail;
import dev.atende.shared.SystemMailRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the system mails other modules ask for, in their transaction (no mail without their commit). */
@Component
class SystemMailRequests {

    private final SystemMail mail;

    SystemMailRequests(SystemMail mail) {
        this.mail = mail;
    }

    @EventListener
    void on(SystemMailRequested request) {
        mail.send(request.to(), request.subject(), request.text(), request.html());
    }
}
