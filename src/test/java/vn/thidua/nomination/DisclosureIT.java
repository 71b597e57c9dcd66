package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionStatus;

/**
 * A round with a public disclosure window: the list must be published to the unit's subtree for N working days,
 * comments come only while it is open and from the subtree, every comment must be answered, and a list changed
 * after publishing must be published again — only then can it be sent.
 */
@IntegrationTest
class DisclosureIT {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestLogins logins;

    @Autowired
    RoundService rounds;

    @Autowired
    NominationService nominations;

    @Autowired
    DisclosureService disclosures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    private ChecklistLine disclosureLine(long dossier) {
        return nominations.details(dossier).checklist().stream()
                .filter(l -> l.messageKey().startsWith("nomination.check.disclosure."))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theListIsPublishedCommentedAnsweredThenSent() {
        logins.as("admin.sgd.tn", "SGD-TN");
        long round = rounds.open(new RoundData(
                        "Đợt có công khai " + UUID.randomUUID(),
                        "2026-2027",
                        Dates.today().plusDays(20),
                        Set.of("GIAY_KHEN_CN"),
                        null,
                        2,
                        0))
                .id();
        assertThat(rounds.get(round).disclosureDays()).isEqualTo(2);

        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "GIAY_KHEN_CN",
                        "Dương Phương Thảo",
                        "Giáo viên nhà trẻ D1",
                        "Trường MN Quang Trung",
                        4,
                        "Hoàn thành tốt nhiệm vụ",
                        null,
                        null,
                        null,
                        "Báo cáo thành tích: " + "chăm sóc trẻ chu đáo, tận tình. ".repeat(3),
                        null,
                        0));
        nominations.attachMinutes(dossier, "bien-ban.pdf", PDF);
        assertThat(disclosureLine(dossier).messageKey()).isEqualTo("nomination.check.disclosure.missing");
        assertThatThrownBy(() -> nominations.send(dossier, UUID.randomUUID().toString()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("nomination.error.incomplete");

        DisclosureSummary published = disclosures.publish(dossier);
        assertThat(published.until()).isAfter(Dates.today());
        assertThat(disclosureLine(dossier).messageKey()).isEqualTo("nomination.check.disclosure.open");

        // a teacher of the school sees it and comments; a sibling school and another province do not see it
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(disclosures.visible()).extracting(DisclosureSummary::id).contains(published.id());
        disclosures.comment(published.id(), "Đề nghị xem xét thêm cô Vũ Thị Ngân");
        logins.as("gv.thtv", "TH-TRUNGVUONG-TN");
        assertThat(disclosures.visible()).extracting(DisclosureSummary::id).doesNotContain(published.id());
        assertThatThrownBy(() -> disclosures.comment(published.id(), "Ý kiến từ trường khác"))
                .isInstanceOf(NotFoundException.class);
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        assertThatThrownBy(() -> disclosures.comment(published.id(), "Ý kiến từ tỉnh khác"))
                .isInstanceOf(NotFoundException.class);

        // the window ends (moved to yesterday here): no more comments; the unanswered one blocks sending
        jdbc.sql("update disclosure set until_date = :d where id = :id")
                .param("d", Dates.today().minusDays(1))
                .param("id", published.id())
                .update();
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        assertThatThrownBy(() -> disclosures.comment(published.id(), "Ý kiến gửi muộn"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("disclosure.error.closed");
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(disclosureLine(dossier).messageKey()).isEqualTo("nomination.check.disclosure.unanswered");
        long comment = disclosures
                .forDossier(dossier)
                .orElseThrow()
                .comments()
                .getFirst()
                .id();
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        assertThatThrownBy(() -> disclosures.answer(comment, "Tôi tự trả lời"))
                .isInstanceOfAny(
                        org.springframework.security.access.AccessDeniedException.class,
                        org.springframework.security.authorization.AuthorizationDeniedException.class);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        disclosures.answer(comment, "Cô Ngân đã được đề nghị ở đợt tổng kết năm học");
        assertThat(disclosureLine(dossier).ok()).isTrue();

        // a list changed after publishing must be published again
        long extra = nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "GIAY_KHEN_CN",
                        "Vũ Thị Ngân",
                        "Giáo viên",
                        "Trường MN Quang Trung",
                        6,
                        "Hoàn thành tốt nhiệm vụ",
                        null,
                        null,
                        null,
                        "Báo cáo thành tích: " + "tích cực đổi mới phương pháp dạy học. ".repeat(3),
                        null,
                        0));
        assertThat(disclosureLine(dossier).messageKey()).isEqualTo("nomination.check.disclosure.changed");
        nominations.removeNominee(extra);
        assertThat(disclosureLine(dossier).ok()).isTrue();
        assertThat(nominations.send(dossier, UUID.randomUUID().toString()).status())
                .isEqualTo(SubmissionStatus.SENT);
    }

    @Test
    void workingDaysSkipTheWeekend() {
        assertThat(DisclosureCheck.addWorkingDays(java.time.LocalDate.of(2026, 11, 20), 3))
                .isEqualTo(java.time.LocalDate.of(2026, 11, 25));
        assertThat(DisclosureCheck.addWorkingDays(java.time.LocalDate.of(2026, 11, 23), 1))
                .isEqualTo(java.time.LocalDate.of(2026, 11, 24));
    }
}
