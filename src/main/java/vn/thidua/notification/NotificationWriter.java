package vn.thidua.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.Role;
import vn.thidua.identity.UnitContacts;
import vn.thidua.identity.UnitContacts.Contact;
import vn.thidua.notification.domain.Notification;
import vn.thidua.notification.domain.NotificationRepository;

/**
 * Writes notifications in the caller's transaction (MANDATORY: a notice of something that did not commit must
 * not exist) and hands the e-mails to {@link NotificationMailer}, which sends them only after that transaction
 * commits. A recipient who already has a notification with the same dedupe key gets nothing new.
 */
@Component
class NotificationWriter {

    /** Who hears about what happens to a unit: its emulation officers and its head. */
    static final Set<Role> UNIT_RECIPIENTS = Set.of(Role.EMULATION_OFFICER, Role.UNIT_HEAD);

    private final NotificationRepository notifications;
    private final UnitContacts contacts;
    private final MessageArgs messageArgs;
    private final ApplicationEventPublisher events;

    NotificationWriter(
            NotificationRepository notifications,
            UnitContacts contacts,
            MessageArgs messageArgs,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.messageArgs = messageArgs;
        this.events = events;
    }

    /** What to say, where it leads and which fact it is (the dedupe key, unique per recipient). */
    record Notice(
            long unitId, NotificationKind kind, String messageKey, List<String> args, String link, String dedupeKey) {

        Notice {
            args = List.copyOf(args);
        }
    }

    /**
     * Notifies the officers and heads of {@code notice.unitId()}, except {@code exceptUserId} (the person who acted:
     * nobody needs to be told what he just did; null in jobs). Returns how many notifications were created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toUnit(Notice notice, Long exceptUserId) {
        List<Contact> recipients = contacts.recipients(notice.unitId(), UNIT_RECIPIENTS).stream()
                .filter(c -> exceptUserId == null || c.userId() != exceptUserId)
                .toList();
        return write(notice, recipients);
    }

    /** Notifies the given accounts (e.g. awarded persons), except {@code exceptUserId}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int toPeople(Notice notice, Collection<Long> userIds, Long exceptUserId) {
        List<Contact> recipients = new ArrayList<>();
        for (long userId : userIds) {
            if (exceptUserId == null || userId != exceptUserId) {
                contacts.person(userId).ifPresent(recipients::add);
            }
        }
        return write(notice, recipients);
    }

    private int write(Notice notice, List<Contact> recipients) {
        Map<Long, Contact> distinct = new LinkedHashMap<>();
        recipients.forEach(c -> distinct.putIfAbsent(c.userId(), c));
        String args = messageArgs.write(notice.args());
        Instant now = Instant.now();
        List<NotificationMailer.Mail> mails = new ArrayList<>();
        int created = 0;
        for (Contact c : distinct.values()) {
            if (notifications.countWithKey(c.userId(), notice.dedupeKey()) > 0) {
                continue;
            }
            notifications.save(new Notification(
                    c.userId(),
                    notice.unitId(),
                    notice.kind(),
                    notice.messageKey(),
                    args,
                    notice.link(),
                    notice.dedupeKey(),
                    now));
            created++;
            if (c.email() != null && !c.email().isBlank()) {
                mails.add(new NotificationMailer.Mail(
                        c.email(), c.displayName(), notice.kind(), notice.messageKey(), notice.args(), notice.link()));
            }
        }
        if (!mails.isEmpty()) {
            events.publishEvent(new NotificationMailer.MailsAfterCommit(mails));
        }
        return created;
    }
}
