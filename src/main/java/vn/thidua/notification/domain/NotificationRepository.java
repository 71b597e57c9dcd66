package vn.thidua.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The only way to notifications. Every read has exactly one access predicate, {@code recipientUserId = :me} (the
 * logged-in user, or the recipient being written to): there is deliberately no {@code findById}, {@code findAll}
 * or unit-based query (ADR 0009).
 */
public interface NotificationRepository extends Repository<Notification, Long> {

    Notification save(Notification notification);

    @Query("select count(n) from Notification n where n.recipientUserId = :me and n.readAt is null")
    long countUnread(long me);

    @Query("select n from Notification n where n.recipientUserId = :me order by n.createdAt desc, n.id desc")
    List<Notification> findLatest(long me, Pageable page);

    @Query("select n from Notification n where n.recipientUserId = :me and n.id = :id")
    Optional<Notification> findOne(long me, long id);

    @Query("select count(n) from Notification n where n.recipientUserId = :me and n.dedupeKey = :dedupeKey")
    long countWithKey(long me, String dedupeKey);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            """
            update Notification n set n.readAt = :at, n.version = n.version + 1
            where n.recipientUserId = :me and n.readAt is null""")
    int markAllRead(long me, Instant at);
}
