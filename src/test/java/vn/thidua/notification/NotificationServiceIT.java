package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionService;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;
import vn.thidua.tenancy.OrgUnitService;

/**
 * Notifications driven through the services as users act: a school sends to its commune office, the office
 * returns, the school resends, the office accepts and issues a decision; the deadline reminder job; a rolled-back
 * action leaves nothing. E-mails go to GreenMail on port 3025.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class NotificationServiceIT {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String SCHOOL = "THCS-NHATRANG-TN";
    static final String HEAD = "hieutruong.thcsnt";
    static final String OFFICE = "XA-PDP-TN";
    static final String OFFICER = "vhxh.pdp";
    static final String OFFICE_HEAD = "truongphong.pdp";
    static final String MAIL_DOMAIN = "@demo.thidua.example.vn";

    @Autowired
    TestLogins logins;

    @Autowired
    RoundService rounds;

    @Autowired
    NominationService nominations;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DecisionService decisions;

    @Autowired
    NotificationService notifications;

    @Autowired
    RoundReminders reminders;

    @Autowired
    OrgUnitService orgUnits;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    @Test
    void sendReturnResendAcceptAndDecisionNotifyTheRightPeopleInAppAndByMail() throws Exception {
        long round = openRoundAtTheDepartment("Thông báo – luồng gửi " + UUID.randomUUID(), 20);
        long dossier = prepareDossier(round);
        String schoolName = orgUnits.findByCode(SCHOOL).orElseThrow().name();
        String officeName = orgUnits.findByCode(OFFICE).orElseThrow().name();
        String board = "rounds/" + round + "/board";

        // the school sends: the office's officer and head are told, in the app and by mail; the sender is not
        nominations.send(dossier, UUID.randomUUID().toString());
        logins.as(OFFICER, OFFICE);
        NotificationSummary received = only(NotificationKind.SUBMISSION_RECEIVED, board);
        assertThat(received.read()).isFalse();
        assertThat(received.messageKey()).isEqualTo("notification.message.SUBMISSION_RECEIVED");
        assertThat(received.args()).first().isEqualTo(schoolName);
        assertThat(received.args().get(2)).isEqualTo("1");
        assertThat(received.unitId()).isEqualTo(logins.unitId(OFFICE));
        assertThat(notifications.unreadCount()).isPositive();
        MimeMessage mail = awaitMail(OFFICER, board);
        assertThat(mail.getSubject()).contains("Hồ sơ gửi đến");
        assertThat(text(mail))
                .contains("Kính gửi Phạm Văn Dũng,")
                .contains(schoolName + " đã gửi hồ sơ")
                .contains("(lần 1)")
                .contains("http://localhost:8080/" + board);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("thidua-portal@localhost");
        awaitMail(OFFICE_HEAD, board);
        logins.as(HEAD, SCHOOL);
        assertThat(notifications.latest(50)).noneMatch(n -> n.link().equals(board));

        // the office returns it with a reason: the school's head is told why, with a link to the dossier
        String reason = "Thiếu biên bản họp Hội đồng thi đua – khen thưởng " + UUID.randomUUID();
        logins.as(OFFICER, OFFICE);
        SubmissionSummary v1 = latestReceived(round);
        submissions.returnToSender(v1.id(), v1.version(), reason);
        logins.as(HEAD, SCHOOL);
        NotificationSummary returned = only(NotificationKind.SUBMISSION_RETURNED, "dossiers/" + dossier);
        assertThat(returned.args()).containsExactly(officeName, v1.title(), "1", reason);
        assertThat(text(awaitMail(HEAD, reason))).contains(officeName + " đã trả lại hồ sơ");
        logins.as(OFFICER, OFFICE);
        assertThat(notifications.latest(50))
                .as("the officer who returned it is not told what he did")
                .noneMatch(n -> n.kind() == NotificationKind.SUBMISSION_RETURNED
                        && n.link().equals("dossiers/" + dossier));

        // the school resends: a second notice, "lần 2"
        logins.as(HEAD, SCHOOL);
        nominations.send(dossier, UUID.randomUUID().toString());
        logins.as(OFFICER, OFFICE);
        List<NotificationSummary> receivedBoth = mine(NotificationKind.SUBMISSION_RECEIVED, board);
        assertThat(receivedBoth).extracting(n -> n.args().get(2)).containsExactly("2", "1");

        // the office accepts: the school's head is told
        SubmissionSummary v2 = latestReceived(round);
        submissions.accept(v2.id(), v2.version());
        logins.as(HEAD, SCHOOL);
        NotificationSummary accepted = only(NotificationKind.SUBMISSION_ACCEPTED, "dossiers/" + dossier);
        assertThat(accepted.args()).containsExactly(officeName, v2.title(), "2");
        awaitMail(HEAD, "đã tiếp nhận hồ sơ");

        // the office issues a decision: the school (origin unit) and the awarded teacher with an account are told
        logins.as(OFFICER, OFFICE);
        long decision = decisions.createDraft(
                round,
                new DecisionData(
                        "Về việc tặng danh hiệu Lao động tiên tiến",
                        "2025-2026",
                        LocalDate.of(2026, 7, 20),
                        "CHỦ TỊCH UBND PHƯỜNG PHAN ĐÌNH PHÙNG",
                        "KT.",
                        "CHỦ TỊCH",
                        "Nguyễn Văn Phường",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Thái Nguyên",
                        0));
        decisions.addItems(
                decision,
                decisions.candidates(decision).stream()
                        .map(c -> new ReceivedItemRef(
                                c.received().inboxSubmissionId(),
                                c.received().item().seq()))
                        .toList());
        String label = decisions
                .issue(decision, decisions.details(decision).summary().version())
                .numberText();
        logins.as(HEAD, SCHOOL);
        List<NotificationSummary> decided = mine(NotificationKind.DECISION_ISSUED, "awards").stream()
                .filter(n -> n.args().get(1).contains(label))
                .toList();
        assertThat(decided)
                .extracting(NotificationSummary::messageKey)
                .containsExactlyInAnyOrder("notification.message.DECISION_ISSUED", "notification.message.AWARDED");
        awaitMail(HEAD, label);

        // reading: one, then all; another person (even of the same unit) can neither read nor mark it
        logins.as(OFFICER, OFFICE);
        long unread = notifications.unreadCount();
        notifications.markRead(received.id());
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        NotificationSummary readOne = byId(received.id()).orElseThrow();
        assertThat(readOne.read()).isTrue();
        assertThat(readOne.createdAt()).isEqualTo(received.createdAt());
        notifications.markRead(received.id());
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        logins.as(OFFICE_HEAD, OFFICE);
        assertThat(notifications.latest(50)).noneMatch(n -> n.id() == received.id());
        assertThatThrownBy(() -> notifications.markRead(received.id())).isInstanceOf(NotFoundException.class);
        logins.as(HEAD, SCHOOL);
        assertThatThrownBy(() -> notifications.markRead(received.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        logins.as(OFFICER, OFFICE);
        assertThat(notifications.markAllRead()).isEqualTo(unread - 1);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.latest(50)).allMatch(NotificationSummary::read);
        logins.as(OFFICE_HEAD, OFFICE);
        assertThat(notifications.unreadCount())
                .as("marking all read is per person")
                .isPositive();

        logins.logout();
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aProvincialRoundRemindsTheOfficesAndTheSchoolsBelowThem() {
        LocalDate today = Dates.today();
        logins.as("admin.sgd.tn", "SGD-TN");
        long round = rounds.open(new RoundData(
                        "Thông báo – nhắc hạn cấp tỉnh " + UUID.randomUUID(),
                        "2025-2026",
                        today.plusDays(3),
                        Set.of("LDTT"),
                        null,
                        0))
                .id();
        logins.logout();
        reminders.remind(today);
        assertThat(reminderCount(round, OFFICER))
                .as("the ward office, a member of the Sở")
                .isEqualTo(1);
        assertThat(reminderCount(round, "hieutruong.thtv"))
                .as("a school of the ward")
                .isEqualTo(1);
        assertThat(reminderCount(round, "admin.sgd.tn")).as("the opener").isZero();
    }

    @Test
    void theDeadlineReminderTellsEachMemberUnitThatHasNotSentOnce() throws Exception {
        LocalDate today = Dates.today();
        String name = "Thông báo – nhắc hạn " + UUID.randomUUID();
        logins.as(OFFICER, OFFICE);
        long round = rounds.open(
                        new RoundData(name, "2025-2026", today.plusDays(3), Set.of("LDTT", "CSTD_CO_SO"), null, 0))
                .id();
        long later = rounds.open(
                        new RoundData(name + " (hạn sau)", "2025-2026", today.plusDays(4), Set.of("LDTT"), null, 0))
                .id();
        long dossier = prepareDossier(round);
        nominations.send(dossier, UUID.randomUUID().toString());
        logins.logout(); // the job has no user

        int created = reminders.remind(today);

        assertThat(reminderCount(round, "hieutruong.mnqt")).isEqualTo(1);
        assertThat(reminderCount(round, "thuky.mnqt")).isEqualTo(1);
        assertThat(reminderCount(round, "hieutruong.thtv")).isEqualTo(1);
        assertThat(reminderCount(round, HEAD)).as("the school that sent").isZero();
        assertThat(reminderCount(round, OFFICER)).as("the opener itself").isZero();
        assertThat(reminderCount(later, "hieutruong.thtv"))
                .as("a round closing in 4 days")
                .isZero();
        assertThat(created).isEqualTo(countWithDedupePrefix("reminder/" + round + "/"));

        assertThat(reminders.remind(today)).as("a second run").isZero();
        assertThat(reminderCount(round, "hieutruong.thtv")).isEqualTo(1);

        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        NotificationSummary reminder = notifications.latest(50).stream()
                .filter(n -> n.kind() == NotificationKind.DEADLINE_REMINDER
                        && n.args().getFirst().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.link()).isEqualTo("rounds");
        assertThat(reminder.args()).contains(Dates.format(today.plusDays(3)));
        MimeMessage mail = awaitMail("hieutruong.thtv", name);
        assertThat(mail.getSubject()).contains("Sắp hết hạn gửi hồ sơ");
    }

    @Test
    void aRolledBackActionLeavesNoNotificationAndSendsNoMail() throws Exception {
        long round = openRoundAtTheDepartment("Thông báo – hoàn tác " + UUID.randomUUID(), 20);
        long dossier = prepareDossier(round);
        nominations.send(dossier, UUID.randomUUID().toString());
        String board = "rounds/" + round + "/board";

        // a return whose transaction rolls back
        String reason = "Lý do không bao giờ được lưu " + UUID.randomUUID();
        logins.as(OFFICER, OFFICE);
        SubmissionSummary v1 = latestReceived(round);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            submissions.returnToSender(v1.id(), v1.version(), reason);
            status.setRollbackOnly();
        });
        logins.as(HEAD, SCHOOL);
        assertThat(submissions.history(dossier).getFirst().status()).isEqualTo(SubmissionStatus.SENT);
        assertThat(notifications.latest(50)).noneMatch(n -> n.args().contains(reason));

        // a send refused by validation (a version is still waiting)
        assertThatThrownBy(() -> nominations.send(dossier, UUID.randomUUID().toString()))
                .isInstanceOf(BusinessException.class);
        logins.as(OFFICER, OFFICE);
        assertThat(mine(NotificationKind.SUBMISSION_RECEIVED, board)).hasSize(1);

        awaitMail(OFFICER, board); // mails of the committed send arrive …
        Thread.sleep(1000);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(NotificationServiceIT::text))
                .as("… none of the rolled-back return")
                .noneMatch(t -> t.contains(reason));
    }

    // --- helpers ---

    long openRoundAtTheDepartment(String name, int daysToDeadline) {
        logins.as("admin.sgd.tn", "SGD-TN");
        return rounds.open(new RoundData(
                        name,
                        "2025-2026",
                        Dates.today().plusDays(daysToDeadline),
                        Set.of("LDTT", "CSTD_CO_SO"),
                        null,
                        0))
                .id();
    }

    /** A complete two-nominee dossier of the school (the second nominee is the head's own account). */
    long prepareDossier(long round) {
        logins.as(HEAD, SCHOOL);
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "CSTD_CO_SO",
                        "Mạc Văn Trường",
                        "Giáo viên Toán",
                        SCHOOL,
                        12,
                        "Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026",
                        "0912345678",
                        null,
                        null,
                        "Báo cáo thành tích: " + "đạt nhiều thành tích trong giảng dạy. ".repeat(3),
                        "Sáng kiến công nhận theo QĐ số 05/QĐ-THCSNT",
                        0));
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "LDTT",
                        "Ngô Thị Thu Hà",
                        "Hiệu trưởng",
                        SCHOOL,
                        20,
                        "Hoàn thành tốt nhiệm vụ",
                        "0912345679",
                        null,
                        logins.userId(HEAD),
                        null,
                        null,
                        0));
        nominations.attachMinutes(dossier, "bien-ban.pdf", PDF);
        return dossier;
    }

    SubmissionSummary latestReceived(long round) {
        return submissions.receivedFrom(round, logins.unitId(SCHOOL)).getFirst();
    }

    /** The current user's notifications of a kind with a link, newest first. */
    List<NotificationSummary> mine(NotificationKind kind, String link) {
        return notifications.latest(50).stream()
                .filter(n -> n.kind() == kind && n.link().equals(link))
                .toList();
    }

    NotificationSummary only(NotificationKind kind, String link) {
        List<NotificationSummary> found = mine(kind, link);
        assertThat(found).as(kind + " " + link).hasSize(1);
        return found.getFirst();
    }

    Optional<NotificationSummary> byId(long id) {
        return notifications.latest(50).stream().filter(n -> n.id() == id).findFirst();
    }

    long reminderCount(long round, String username) {
        return jdbc.sql("select count(*) from notification where recipient_user_id = :u and dedupe_key like :k")
                .param("u", logins.userId(username))
                .param("k", "reminder/" + round + "/%")
                .query(Long.class)
                .single();
    }

    long countWithDedupePrefix(String prefix) {
        return jdbc.sql("select count(*) from notification where dedupe_key like :k")
                .param("k", prefix + "%")
                .query(Long.class)
                .single();
    }

    /** Waits (up to 10 s: mail leaves after commit, in the background) for a mail to the user containing text. */
    static MimeMessage awaitMail(String username, String containing) throws InterruptedException {
        String address = username + MAIL_DOMAIN;
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (isTo(m, address) && text(m).contains(containing)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + address + " containing " + containing + " among "
                + greenMail.getReceivedMessages().length + " received");
    }

    static boolean isTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
