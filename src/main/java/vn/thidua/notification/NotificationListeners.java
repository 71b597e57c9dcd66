package vn.thidua.notification;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.DecisionIssued;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.notification.NotificationWriter.Notice;
import vn.thidua.plan.PlanIssued;
import vn.thidua.shared.Dates;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.SubmissionAccepted;
import vn.thidua.submission.SubmissionReturned;
import vn.thidua.submission.SubmissionSent;
import vn.thidua.tenancy.OrgUnitService;

/**
 * Turns what happened into notifications, synchronously in the publisher's transaction (a send or a decision that
 * rolls back leaves no notification behind). Recipients are the officers and heads of the unit concerned; the
 * acting person is left out.
 */
@Component
class NotificationListeners {

    static final String RECEIVED = "notification.message.SUBMISSION_RECEIVED";
    static final String RETURNED = "notification.message.SUBMISSION_RETURNED";
    static final String ACCEPTED = "notification.message.SUBMISSION_ACCEPTED";
    static final String DECISION = "notification.message.DECISION_ISSUED";
    static final String AWARDED = "notification.message.AWARDED";
    static final String PLAN = "notification.message.PLAN_ISSUED";

    private final NotificationWriter writer;
    private final OrgUnitService orgUnits;

    NotificationListeners(NotificationWriter writer, OrgUnitService orgUnits) {
        this.writer = writer;
        this.orgUnits = orgUnits;
    }

    /** The receiver's officers learn that a member unit sent a version; the link opens the round's board. */
    @EventListener
    void on(SubmissionSent e) {
        writer.toUnit(
                new Notice(
                        e.receiverUnitId(),
                        NotificationKind.SUBMISSION_RECEIVED,
                        RECEIVED,
                        List.of(unitName(e.senderUnitId()), e.title(), String.valueOf(e.versionNo())),
                        switch (e.kind()) {
                            case REGISTRATION -> "registration/received";
                            case EXEMPLAR_CONFERENCE -> "exemplars/conference";
                            case NOMINATION -> "rounds/" + e.roundId() + "/board";
                        },
                        "submission-sent/" + e.inboxSubmissionId()),
                actor());
    }

    /** The sender's officers learn that their version came back, and why. */
    @EventListener
    void on(SubmissionReturned e) {
        writer.toUnit(
                new Notice(
                        e.senderUnitId(),
                        NotificationKind.SUBMISSION_RETURNED,
                        RETURNED,
                        List.of(unitName(e.receiverUnitId()), e.title(), String.valueOf(e.versionNo()), e.reason()),
                        sourceLink(e.kind(), e.sourceId()),
                        "submission-returned/" + e.outboxSubmissionId()),
                actor());
    }

    /** The sender's officers learn that their version was accepted. */
    @EventListener
    void on(SubmissionAccepted e) {
        writer.toUnit(
                new Notice(
                        e.senderUnitId(),
                        NotificationKind.SUBMISSION_ACCEPTED,
                        ACCEPTED,
                        List.of(unitName(e.receiverUnitId()), e.title(), String.valueOf(e.versionNo())),
                        sourceLink(e.kind(), e.sourceId()),
                        "submission-accepted/" + e.outboxSubmissionId()),
                actor());
    }

    /** Each origin unit's officers, and every awarded person with an account, learn of the decision. */
    @EventListener
    void on(DecisionIssued e) {
        String issuer = unitName(e.unitId());
        Long actor = actor();
        for (long origin : e.originUnitIds()) {
            writer.toUnit(
                    new Notice(
                            origin,
                            NotificationKind.DECISION_ISSUED,
                            DECISION,
                            List.of(issuer, e.label(), unitName(origin)),
                            "awards",
                            "decision/" + e.decisionId() + "/unit/" + origin),
                    actor);
        }
        if (!e.awardedUserIds().isEmpty()) {
            writer.toPeople(
                    new Notice(
                            e.unitId(),
                            NotificationKind.DECISION_ISSUED,
                            AWARDED,
                            List.of(issuer, e.label()),
                            "awards",
                            "decision/" + e.decisionId() + "/person"),
                    e.awardedUserIds(),
                    actor);
        }
    }

    /** The officers of every member unit learn of an upper plan to implement; the link opens it. */
    @EventListener
    void on(PlanIssued e) {
        String issuer = unitName(e.unitId());
        Long actor = actor();
        for (var member : orgUnits.membersOn(e.unitId(), Dates.today())) {
            writer.toUnit(
                    new Notice(
                            member.id(),
                            NotificationKind.PLAN_ISSUED,
                            PLAN,
                            List.of(issuer, e.numberText(), e.subject() == null ? "" : e.subject()),
                            "plans/" + e.planId(),
                            "plan-issued/" + e.planId() + "/unit/" + member.id()),
                    actor);
        }
    }

    /** Each staff member who has not registered yet is reminded (once a day at most); the link opens the form. */
    @EventListener
    void on(vn.thidua.registration.RegistrationReminderRequested e) {
        writer.toPeople(
                new Notice(
                        e.unitId(),
                        NotificationKind.REGISTRATION_REMINDER,
                        "notification.message.REGISTRATION_REMINDER",
                        List.of(e.roundName(), vn.thidua.shared.Dates.format(e.deadline()), unitName(e.unitId())),
                        "registration",
                        "registration-reminder/" + e.roundId() + "/" + vn.thidua.shared.Dates.today()),
                e.userIds(),
                null);
    }

    /** Where the sender's officers see what they sent. */
    static String sourceLink(RoundKind kind, long sourceId) {
        return switch (kind) {
            case NOMINATION -> "dossiers/" + sourceId;
            case REGISTRATION -> "registration/rounds/" + sourceId;
            case EXEMPLAR_CONFERENCE -> "exemplars/conference";
        };
    }

    private String unitName(long unitId) {
        return orgUnits.find(unitId).map(u -> u.name()).orElse("#" + unitId);
    }

    private static Long actor() {
        return CurrentUser.get().map(PortalPrincipal::userId).orElse(null);
    }
}
