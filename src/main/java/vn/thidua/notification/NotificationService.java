package vn.thidua.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.CurrentUser;
import vn.thidua.notification.domain.Notification;
import vn.thidua.notification.domain.NotificationRepository;
import vn.thidua.shared.NotFoundException;

/**
 * The logged-in user's notifications (the bell): whatever unit is active, a person sees the notifications addressed
 * to him and nobody else's. Notifications are written by this module's listeners and the deadline reminder, never
 * through this API.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    static final int MAX_LATEST = 50;

    private final NotificationRepository notifications;
    private final MessageArgs messageArgs;

    NotificationService(NotificationRepository notifications, MessageArgs messageArgs) {
        this.notifications = notifications;
        this.messageArgs = messageArgs;
    }

    /** How many of my notifications are unread. */
    public long unreadCount() {
        return notifications.countUnread(me());
    }

    /** My latest notifications, newest first ({@code limit} is kept between 1 and 50). */
    public List<NotificationSummary> latest(int limit) {
        int size = Math.clamp(limit, 1, MAX_LATEST);
        return notifications.findLatest(me(), PageRequest.of(0, size)).stream()
                .map(this::toSummary)
                .toList();
    }

    /** Marks one of my notifications read; any other id (another person's, or none) is "not found". */
    @Transactional
    public void markRead(long id) {
        Notification n = notifications.findOne(me(), id).orElseThrow(() -> new NotFoundException("notification"));
        n.markRead(Instant.now());
    }

    /** Marks all my notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), Instant.now());
    }

    private static long me() {
        return CurrentUser.require().userId();
    }

    private NotificationSummary toSummary(Notification n) {
        return new NotificationSummary(
                n.getId(),
                n.getKind(),
                n.getMessageKey(),
                messageArgs.read(n.getMessageArgs()),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() != null,
                n.getUnitId());
    }
}
