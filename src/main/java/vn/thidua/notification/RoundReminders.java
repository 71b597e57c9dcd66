package vn.thidua.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.notification.NotificationWriter.Notice;
import vn.thidua.shared.Dates;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.TenantScope;

/**
 * The deadline reminder: every morning (Vietnam time), for each open round whose deadline is three days away, the
 * member units of its opener (the units reporting to it that day) that have not sent a version yet are reminded —
 * their officers and heads, once per round, unit and person (dedupe key {@code reminder/{round}/{unit}}), so a
 * re-run, or a second node running the same job, adds nothing.
 *
 * <p>The job has no user: the opener's inbox is read under {@link TenantScope#forJob}, rounds and the org tree are
 * shared reference data, and recipients come from the system look-up {@code UnitContacts}.
 */
@Component
public class RoundReminders {

    static final int DAYS_BEFORE = 3;
    static final String MESSAGE = "notification.message.DEADLINE_REMINDER";
    private static final Logger log = LoggerFactory.getLogger(RoundReminders.class);

    private final RoundService rounds;
    private final SubmissionService submissions;
    private final OrgUnitService orgUnits;
    private final TenantScope scope;
    private final NotificationWriter writer;
    private final TransactionTemplate newTransaction;

    RoundReminders(
            RoundService rounds,
            SubmissionService submissions,
            OrgUnitService orgUnits,
            TenantScope scope,
            NotificationWriter writer,
            PlatformTransactionManager transactionManager) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.writer = writer;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${thidua.notifications.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int created = remind(Dates.today());
        log.info("Deadline reminders: {} notification(s) created", created);
    }

    /**
     * Reminds the member units that have not sent in the rounds closing on {@code today + 3}. Each unit is written
     * in its own transaction (a failure is logged and the others go on). Returns how many notifications were
     * created.
     */
    public int remind(LocalDate today) {
        LocalDate deadline = today.plusDays(DAYS_BEFORE);
        int created = 0;
        for (RoundSummary round : rounds.openRoundsWithDeadline(deadline)) {
            try {
                created += remind(round, today);
            } catch (RuntimeException e) {
                log.warn("Deadline reminders for round {} failed: {}", round.id(), e.toString());
            }
        }
        return created;
    }

    /**
     * Every receiver of the round — its opener and each office below it — reminds its own members that have not
     * sent to it yet (a school under a commune office is reminded about a Sở round too).
     */
    private int remind(RoundSummary round, LocalDate today) {
        int created = 0;
        for (OrgUnitSummary receiver : orgUnits.subtree(round.ownerUnitId())) {
            if (receiver.type() == OrgUnitType.SCHOOL || !receiver.activeOn(today)) {
                continue;
            }
            List<OrgUnitSummary> members = orgUnits.membersOn(receiver.id(), today);
            if (members.isEmpty()) {
                continue;
            }
            Set<Long> sent = scope.forJob(receiver.id(), () -> submissions.senderIdsInRound(round.id()));
            for (OrgUnitSummary member : members) {
                if (!sent.contains(member.id())) {
                    created += remindMember(round, member);
                }
            }
        }
        return created;
    }

    private int remindMember(RoundSummary round, OrgUnitSummary member) {
        Notice notice = new Notice(
                member.id(),
                NotificationKind.DEADLINE_REMINDER,
                MESSAGE,
                List.of(round.name(), round.ownerName(), Dates.format(round.deadline()), member.name()),
                switch (round.kind()) {
                    case REGISTRATION -> "registration/rounds";
                    case EXEMPLAR_CONFERENCE -> "exemplars/conference";
                    case NOMINATION -> "rounds";
                },
                "reminder/" + round.id() + "/" + member.id());
        try {
            Integer n = newTransaction.execute(status -> writer.toUnit(notice, null));
            return n == null ? 0 : n;
        } catch (DataIntegrityViolationException e) {
            log.debug("Reminder {} already written by another run", notice.dedupeKey());
            return 0;
        }
    }
}
