package vn.thidua.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification of the logged-in user. The text is {@code messageKey} translated with {@code args} (so it follows
 * the reader's language); {@code link} is a route of the portal, e.g. {@code rounds/12/board}, meant for the
 * active unit {@code unitId} (the unit the notification concerns).
 */
public record NotificationSummary(
        long id,
        NotificationKind kind,
        String messageKey,
        List<String> args,
        String link,
        Instant createdAt,
        boolean read,
        long unitId) {

    public NotificationSummary {
        args = List.copyOf(args);
    }
}
