package vn.thidua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionService;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;

/**
 * The read model follows the rollup step by step — send, return, resend, accept, decide, revoke — and every level's
 * numbers match the sources (reconciliation: 0 differences); the dashboards never reach beyond the viewer's subtree.
 */
@IntegrationTest
class ReportingIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestLogins logins;

    @Autowired
    ReportingService reporting;

    @Autowired
    ReadModelJobs jobs;

    @Autowired
    RoundService rounds;

    @Autowired
    NominationService nominations;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DecisionService decisions;

    @AfterEach
    void logout() {
        logins.logout();
    }

    @Test
    void everyLevelCountsWhatWasSentAcceptedDecidedAndRevoked() {
        String year = "2031-2032"; // a year of its own: the numbers below are exact
        logins.as("vhxh.pdp", "XA-PDP-TN");
        long round = rounds.open(new RoundData(
                        "Đợt thống kê " + UUID.randomUUID(),
                        year,
                        Dates.today().plusDays(5),
                        Set.of("LDTT", "GIAY_KHEN_CN"),
                        null,
                        0))
                .id();
        long school = logins.unitId("TH-TRUNGVUONG-TN");
        long ward = logins.unitId("XA-PDP-TN");

        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        long dossier = nominations.openDossier(round);
        for (String name : List.of("Triệu Thị Bích", "Đinh Văn Quý")) {
            nominations.addNominee(
                    dossier,
                    new NomineeData(
                            "INDIVIDUAL",
                            "LDTT",
                            name,
                            "Giáo viên",
                            "TH Trưng Vương",
                            10,
                            "Hoàn thành tốt",
                            null,
                            null,
                            null,
                            null,
                            null,
                            0));
        }
        nominations.attachMinutes(dossier, "bien-ban.pdf", PDF);
        nominations.send(dossier, UUID.randomUUID().toString());
        assertThat(jobs.reconcile()).isEmpty();

        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThat(reporting.timeliness(null, year)).singleElement().satisfies(t -> {
            assertThat(t.unitId()).isEqualTo(school);
            assertThat(t.sent()).isEqualTo(1);
            assertThat(t.late()).isZero();
            assertThat(t.returned()).isZero();
        });
        BoardRow row = board(round, "TH-TRUNGVUONG-TN");
        submissions.returnToSender(row.latest().id(), row.latest().version(), "Bổ sung tóm tắt thành tích");
        assertThat(reporting.timeliness(null, year).getFirst().returned()).isEqualTo(1);
        assertThat(jobs.reconcile()).isEmpty();

        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        nominations.send(dossier, UUID.randomUUID().toString());
        logins.as("vhxh.pdp", "XA-PDP-TN");
        row = board(round, "TH-TRUNGVUONG-TN");
        submissions.accept(row.latest().id(), row.latest().version());
        assertThat(reporting.receivedByActiveUnit(year)).singleElement().satisfies(m -> {
            assertThat(m.senderName()).isEqualTo("Trường Tiểu học Trưng Vương");
            assertThat(m.status()).isEqualTo("ACCEPTED");
            assertThat(m.versionNo()).isEqualTo(2);
            assertThat(m.items()).isEqualTo(2);
        });
        assertThat(reporting.nomineesReceived(round)).containsEntry(school, java.util.Map.of("LDTT", 2));
        assertThat(jobs.reconcile()).isEmpty();

        long decision = decisions.createDraft(
                round,
                new DecisionData(
                        "Về việc tặng danh hiệu Lao động tiên tiến",
                        year,
                        LocalDate.of(2026, 6, 25),
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG",
                        "",
                        "CHỦ TỊCH",
                        "Hoàng Văn Hùng",
                        null,
                        "Phan Đình Phùng",
                        0));
        decisions.addItems(
                decision,
                decisions.candidates(decision).stream()
                        .map(c -> new ReceivedItemRef(
                                c.received().inboxSubmissionId(),
                                c.received().item().seq()))
                        .toList());
        decisions.issue(decision, decisions.details(decision).summary().version());
        assertThat(jobs.reconcile()).isEmpty();

        // the ward sees its school; the department sees the ward, then drills to the school: the same 2
        assertThat(reporting.awardsByChild(null, year)).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(school);
            assertThat(u.count("LDTT")).isEqualTo(2);
        });
        logins.as("admin.sgd.tn", "SGD-TN");
        assertThat(reporting.awardsByChild(null, year)).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(ward);
            assertThat(u.total()).isEqualTo(2);
        });
        assertThat(reporting.awardsByChild(ward, year)).singleElement().satisfies(u -> assertThat(u.total())
                .isEqualTo(2));
        assertThat(reporting.awardsByCode(null, year, Locale.forLanguageTag("vi")))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.key()).isEqualTo("LDTT");
                    assertThat(b.value()).isEqualTo(2);
                });
        assertThat(reporting.awardsBySchoolType(null, year)).singleElement().satisfies(b -> assertThat(b.key())
                .isEqualTo("TH"));
        assertThat(reporting.awardTrend(null)).extracting(Breakdown::key).contains(year);

        // a revocation takes the award out of every level's count
        logins.as("vhxh.pdp", "XA-PDP-TN");
        AwardRecordSummary first = decisions.records(decision).getFirst();
        decisions.revoke(first.id(), "Phát hiện vi phạm quy định sau khi khen thưởng", "Điều 84 Luật TĐKT 2022");
        assertThat(reporting.awardsByChild(null, year).getFirst().count("LDTT")).isEqualTo(1);
        logins.as("admin.sgd.tn", "SGD-TN");
        assertThat(reporting.awardsByChild(null, year).getFirst().total()).isEqualTo(1);
        assertThat(jobs.reconcile()).isEmpty();

        // and a rebuild from the sources gives the same rows
        jobs.rebuild();
        assertThat(jobs.reconcile()).isEmpty();
        assertThat(reporting.awardsByChild(null, year).getFirst().total()).isEqualTo(1);
    }

    @Autowired
    ReadModel model;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aRestartOnTheSameTreeKeepsTheRowsAndAnotherTreeRebuildsThem() {
        assertThat((Boolean) tx.execute(s -> model.rebuildIfTreeChanged()))
                .as("same tree")
                .isFalse();
        // the rows were built on another tree (or by another version of the model)
        tx.executeWithoutResult(s -> jdbc.sql("update rpt_meta set meta_value = 'other' where meta_key = 'tree'")
                .update());
        assertThat((Boolean) tx.execute(s -> model.rebuildIfTreeChanged()))
                .as("other tree")
                .isTrue();
        assertThat((Boolean) tx.execute(s -> model.rebuildIfTreeChanged()))
                .as("rebuilt on this one")
                .isFalse();
        assertThat(jobs.reconcile()).isEmpty();
    }

    @Test
    void theReconciliationSeesADriftInTheScopeRows() {
        tx.executeWithoutResult(s -> jdbc.sql("update rpt_award_child set awards = awards + 1 where scope_id = :d")
                .param("d", logins.unitId("SGD-TN"))
                .update());
        assertThat(jobs.reconcile()).isNotEmpty().allMatch(d -> d.startsWith("award_child"));
        jobs.rebuild();
        assertThat(jobs.reconcile()).isEmpty();
    }

    BoardRow board(long round, String code) {
        return submissions.board(round).stream()
                .filter(r -> r.member().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void noDashboardReachesBeyondTheViewersSubtree() {
        long sibling = logins.unitId("TH-TRUNGVUONG-TN");
        long ward = logins.unitId("XA-PDP-TN");
        long otherWard = logins.unitId("XA-QUYETTHANG-TN");
        long department = logins.unitId("SGD-TN");
        long otherProvince = logins.unitId("THCS-TANHOCO-DT");

        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(reporting.scope(null).unitId()).isEqualTo(logins.unitId("MN-QUANGTRUNG-TN"));
        for (long id : new long[] {sibling, ward, department, otherProvince}) {
            assertThatThrownBy(() -> reporting.awardsByChild(id, "2025-2026")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reporting.timeliness(id, "2025-2026")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reporting.awardTrend(id)).isInstanceOf(NotFoundException.class);
        }
        logins.as("vhxh.pdp", "XA-PDP-TN");
        for (long id : new long[] {otherWard, department, otherProvince}) {
            assertThatThrownBy(() -> reporting.scope(id)).isInstanceOf(NotFoundException.class);
        }
        assertThat(reporting.scope(sibling).unitId()).isEqualTo(sibling);
        assertThat(reporting.awardsByChild(null, "2025-2026"))
                .extracting(UnitAwards::unitName)
                .allMatch(n -> n.startsWith("Trường") || n.startsWith("UBND phường Phan Đình Phùng"));
        logins.as("admin.sgd.dt", "SGD-DT");
        for (String year : reporting.schoolYears(null)) {
            assertThat(reporting.awardsByChild(null, year))
                    .extracting(UnitAwards::unitName)
                    .noneMatch(n -> n.contains("Thái Nguyên") || n.contains("Phan Đình Phùng"));
        }
        assertThatThrownBy(() -> reporting.scope(ward)).isInstanceOf(NotFoundException.class);
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        assertThatThrownBy(() -> reporting.scope(null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
