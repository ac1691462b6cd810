package dev.atende.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface NotificationRecords extends ListCrudRepository<NotificationRecord, Long> {

    /** A person's notice by id: someone else's is not found. */
    Optional<NotificationRecord> findByIdAndRecipientId(long id, long recipientId);

    List<NotificationRecord> findByRecipientIdOrderByIdDesc(long recipientId, Pageable page);

    List<NotificationRecord> findByRecipientIdAndReadAtIsNullOrderByIdDesc(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    boolean existsByRecipientIdAndKindAndArticleId(long recipientId, String kind, long articleId);

    @Modifying
    @Query("update NotificationRecord n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
    int readAll(@Param("recipient") long recipientId, @Param("now") Instant now);

    /** The id of the person's n-th newest notice (from 0), if they have that many. */
    @Query(value = "select id from notifications where recipient_id = :recipient order by id desc limit 1 offset :skip",
            nativeQuery = true)
    Optional<Long> nthNewest(@Param("recipient") long recipientId, @Param("skip") int skip);

    /** Forgets the person's read notices older than this one (the unread ones stay). */
    @Modifying
    @Query("delete from NotificationRecord n where n.recipientId = :recipient and n.id < :below"
            + " and n.readAt is not null")
    int pruneReadBelow(@Param("recipient") long recipientId, @Param("below") long belowId);
}
