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

    @Autowired
    vn.thidua.exemplar.ExemplarService exemplars;

    /** The row of {@code unitName} in the exemplar table of {@code unitId}'s dashboard (null = the active unit). */
    UnitExemplars exemplarRow(Long unitId, String year, String unitName) {
        return reporting.exemplarsByChild(unitId, year).stream()
                .filter(r -> r.unitName().equals(unitName))
                .findFirst()
                .orElse(null);
    }

    @Test
    void exemplarCountsFollowTheRegistryAtEveryLevel() {
        // THCS Nha Trang's phase of its own (2031–2035): no other exemplar of the ward overlaps 2031–2032
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        var phase = exemplars.openPhase(2031, 2035);
        long person = exemplars.add(
                phase.id(),
                new vn.thidua.exemplar.ExemplarData(
                        logins.userId("gv.thcsnt"),
                        null,
                        vn.thidua.exemplar.ExemplarField.TEACHING_INNOVATION,
                        "Dạy học STEM",
                        null,
                        null));
        exemplars.add(
                phase.id(),
                new vn.thidua.exemplar.ExemplarData(
                        null, "Tổ Khoa học tự nhiên", vn.thidua.exemplar.ExemplarField.MANAGEMENT, null, null, null));
        assertThat(jobs.reconcile()).isEmpty();
        String year = "2031-2032";
        long ward = logins.unitId("XA-PDP-TN");

        logins.as("admin.sgd.tn", "SGD-TN");
        UnitExemplars w = exemplarRow(null, year, "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội");
        assertThat(w.exemplars()).isEqualTo(2);
        assertThat(w.byStage()).containsExactly(2L, 0L, 0L, 0L, 0L);

        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        exemplars.addEntry(
                person,
                vn.thidua.exemplar.EntryData.of(
                        vn.thidua.exemplar.ExemplarStage.PHAT_HIEN, LocalDate.of(2031, 3, 2), "Tiết dạy STEM tốt"));
        exemplars.addEntry(
                person,
                new vn.thidua.exemplar.EntryData(
                        vn.thidua.exemplar.ExemplarStage.NHAN_RONG,
                        LocalDate.of(2032, 4, 10),
                        "Chuyên đề STEM cấp phường",
                        true,
                        vn.thidua.exemplar.ReplicationKind.DEMO_LESSON,
                        40,
                        5));
        assertThat(jobs.reconcile()).isEmpty();

        logins.as("admin.sgd.tn", "SGD-TN");
        w = exemplarRow(null, year, "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội");
        assertThat(w.byStage()).containsExactly(1L, 0L, 0L, 0L, 1L);
        assertThat(List.of(w.participants(), w.unitsReached())).containsExactly(40L, 5L);
        assertThat(reporting.exemplarsByField(null, year, Locale.forLanguageTag("vi")))
                .extracting(Breakdown::key)
                .contains("TEACHING_INNOVATION", "MANAGEMENT");
        // drilled down to the ward: the school's own row
        UnitExemplars school = exemplarRow(ward, year, "Trường Trung học cơ sở Nha Trang");
        assertThat(school.exemplars()).isEqualTo(2);
        // the phase has ended by 2036–2037; 2030–2031 also sees MN Quang Trung's 2026–2030 phase
        assertThat(exemplarRow(null, "2036-2037", "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội"))
                .isNull();
        assertThat(exemplarRow(null, "2030-2031", "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội")
                        .exemplars())
                .isEqualTo(2
                        + exemplarRow(null, "2026-2027", "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội")
                                .exemplars());
    }

    @Test
    void theReconciliationSeesADriftInTheExemplarRows() {
        tx.executeWithoutResult(s -> jdbc.sql("update rpt_exemplar set participants = participants + 1")
                .update());
        // the summary rows against the sources (and the scope rows against a grouping of the drifted rows)
        assertThat(jobs.reconcile()).anyMatch(d -> d.startsWith("exemplar "));
        jobs.rebuild();
        tx.executeWithoutResult(s -> jdbc.sql("update rpt_exemplar_child set exemplars = exemplars + 1")
                .update());
        assertThat(jobs.reconcile()).isNotEmpty().allMatch(d -> d.startsWith("exemplar_child"));
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
                .allMatch(n ->
                        n.startsWith("Trường") || n.startsWith("UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội"));
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
