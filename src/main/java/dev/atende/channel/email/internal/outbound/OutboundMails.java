package dev.atende.channel.email.internal.outbound;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface OutboundMails extends ListCrudRepository<OutboundMail, Long> {

    @Query("select m.id from OutboundMail m where m.status = 'pending' and m.nextAttemptAt <= :now order by m.id")
    List<Long> due(@Param("now") Instant now, Pageable page);

    /** Mails left "sending" by a node that stopped mid-send, to try again. */
    @Modifying
    @Query(value = "update mail_outbox set status = 'pending' where status = 'sending' and claimed_until < :now",
            nativeQuery = true)
    int releaseExpiredClaims(@Param("now") Instant now);

    /** Takes the mail for this node; 0 when another node took it first. */
    @Modifying
    @Query(value = "update mail_outbox set status = 'sending', claimed_until = :until where id = :id and status = 'pending'",
            nativeQuery = true)
    int claim(@Param("id") long id, @Param("until") Instant until);

    @Query("select count(m) from OutboundMail m where m.autoReplyTo = :to and m.createdAt > :since and m.kind = :kind")
    long countSentTo(@Param("kind") String kind, @Param("to") String to, @Param("since") Instant since);

    List<OutboundMail> findByTicketIdOrderByIdAsc(long ticketId);
}
