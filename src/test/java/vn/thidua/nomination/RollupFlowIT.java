package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.award.AwardExports;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionService;
import vn.thidua.award.DecisionSummary;
import vn.thidua.award.OwnAwardData;
import vn.thidua.catalogue.DossierPart;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/**
 * The acceptance flow through the services: three schools send 5 nominees each, the commune office returns one,
 * the school resends, the office accepts all, consolidates 15 + 2 of its own and sends to the Sở, which sees 17
 * items with their origin and issues a decision that reaches each nominee's history.
 */
@IntegrationTest
class RollupFlowIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String[] SCHOOLS = {"MN-QUANGTRUNG-TN", "TH-TRUNGVUONG-TN", "THCS-NHATRANG-TN"};
    static final String[] HEADS = {"hieutruong.mnqt", "hieutruong.thtv", "hieutruong.thcsnt"};

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
    JdbcClient jdbc;

    @Autowired
    NominationExports exports;

    @Autowired
    AwardExports awardExports;

    @AfterEach
    void logout() {
        logins.logout();
    }

    long openRound(String name) {
        logins.as("admin.sgd.tn", "SGD-TN");
        return rounds.open(new RoundData(
                        name,
                        "2025-2026",
                        Dates.today().plusDays(20),
                        Set.of("LDTT", "CSTD_CO_SO", "GIAY_KHEN_CN", "BANG_KHEN_TINH_CN", "TTLDTT"),
                        "Tổng kết năm học",
                        0))
                .id();
    }

    long prepareSchoolDossier(String head, String school, long round, int nomineeCount) {
        logins.as(head, school);
        long dossier = nominations.openDossier(round);
        for (int i = 1; i <= nomineeCount; i++) {
            boolean cstd = i == 1;
            nominations.addNominee(
                    dossier,
                    new NomineeData(
                            "INDIVIDUAL",
                            cstd ? "CSTD_CO_SO" : "LDTT",
                            "Giáo viên " + i + " " + school,
                            "Giáo viên",
                            school,
                            10 + i,
                            "Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026",
                            "0912345678",
                            null,
                            i == 2 ? logins.userId(head) : null,
                            cstd ? "Báo cáo thành tích: " + "đạt nhiều thành tích trong giảng dạy. ".repeat(3) : null,
                            cstd ? "Sáng kiến công nhận theo QĐ số 05/QĐ-" + school : null,
                            0));
        }
        nominations.attachMinutes(dossier, "bien-ban-hop-hoi-dong.pdf", PDF);
        return dossier;
    }

    @Test
    void threeSchoolsTheOfficeAndTheProvince() throws IOException {
        long round = openRound("Khen thưởng tổng kết năm học 2025-2026 (kiểm thử " + UUID.randomUUID() + ")");

        logins.as("vhxh.pdp", "XA-PDP-TN");
        rounds.allot(round, logins.unitId("MN-QUANGTRUNG-TN"), "CSTD_CO_SO", 1);

        long[] dossiers = new long[3];
        for (int s = 0; s < 3; s++) {
            dossiers[s] = prepareSchoolDossier(HEADS[s], SCHOOLS[s], round, 5);
            assertThat(nominations.details(dossiers[s]).complete()).isTrue();
            SubmissionSummary sent =
                    nominations.send(dossiers[s], UUID.randomUUID().toString());
            assertThat(sent.versionNo()).isEqualTo(1);
            assertThat(sent.status()).isEqualTo(SubmissionStatus.SENT);
            assertThat(nominations.details(dossiers[s]).summary().status()).isEqualTo(DossierStatus.SENT);
        }

        // the office sees three sent dossiers, returns one
        logins.as("vhxh.pdp", "XA-PDP-TN");
        List<BoardRow> board = submissions.board(round);
        assertThat(board)
                .filteredOn(r -> Set.of(SCHOOLS).contains(r.member().code()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(BoardRow.Status.SENT))
                .hasSize(3);
        BoardRow thtv = board.stream()
                .filter(r -> r.member().code().equals("TH-TRUNGVUONG-TN"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> submissions.returnToSender(
                        thtv.latest().id(), thtv.latest().version(), " "))
                .isInstanceOf(BusinessException.class);
        submissions.returnToSender(
                thtv.latest().id(), thtv.latest().version(), "Thiếu số điện thoại liên hệ của giáo viên 3");

        // the school sees the reason, fixes the draft, sends version 2
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        DossierDetails returned = nominations.details(dossiers[1]);
        assertThat(returned.summary().status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.summary().latest().returnReason()).contains("Thiếu số điện thoại");
        NomineeSummary third = returned.nominees().get(2);
        nominations.updateNominee(third.id(), withPhone(third, "0987654321"));
        SubmissionSummary v2 = nominations.send(dossiers[1], UUID.randomUUID().toString());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(submissions.history(dossiers[1]))
                .extracting(SubmissionSummary::status)
                .containsExactly(SubmissionStatus.SENT, SubmissionStatus.RETURNED);

        // the office accepts all, consolidates 15 + 2 of its own, sends to the Sở
        logins.as("vhxh.pdp", "XA-PDP-TN");
        List<Long> waiting = submissions.board(round).stream()
                .filter(r -> r.status() == BoardRow.Status.SENT)
                .map(r -> r.latest().id())
                .toList();
        assertThat(submissions.acceptAll(waiting)).isEqualTo(3);
        long office = nominations.openDossier(round);
        List<ConsolidationCandidate> candidates = nominations.candidates(office);
        assertThat(candidates).hasSize(15);
        nominations.addReceived(
                office,
                candidates.stream()
                        .map(c -> new ReceivedItemRef(
                                c.received().inboxSubmissionId(),
                                c.received().item().seq()))
                        .toList());
        for (String name : List.of("Phạm Thị Hạnh", "Trường Mầm non Quang Trung")) {
            boolean collective = name.startsWith("Trường");
            nominations.addNominee(
                    office,
                    new NomineeData(
                            collective ? "COLLECTIVE" : "INDIVIDUAL",
                            collective ? "TTLDTT" : "GIAY_KHEN_CN",
                            name,
                            collective ? null : "Công chức Văn hóa – Xã hội",
                            "Phường Phan Đình Phùng",
                            collective ? null : 8,
                            "Hoàn thành tốt nhiệm vụ",
                            null,
                            null,
                            null,
                            "Báo cáo thành tích: " + "hoàn thành tốt nhiệm vụ được giao trong năm học. ".repeat(2),
                            null,
                            0));
        }
        nominations.attachMinutes(office, "bien-ban-phuong.pdf", PDF);
        nominations.sortInLegalOrder(office);
        DossierDetails consolidated = nominations.details(office);
        assertThat(consolidated.nominees()).hasSize(17);
        assertThat(consolidated.nominees().getFirst().awardCode()).isEqualTo("TTLDTT");
        assertThat(consolidated.complete())
                .as(consolidated.checklist().toString())
                .isTrue();
        assertExportsAgree(office);
        nominations.send(office, UUID.randomUUID().toString());
        assertThat(submissions.board(round))
                .filteredOn(r -> Set.of(SCHOOLS).contains(r.member().code()))
                .allSatisfy(r -> assertThat(r.latest().consolidated()).isTrue());

        // the Sở sees 17 items with their origin and issues a decision
        logins.as("admin.sgd.tn", "SGD-TN");
        BoardRow pdp = submissions.board(round).stream()
                .filter(r -> r.member().code().equals("XA-PDP-TN"))
                .findFirst()
                .orElseThrow();
        assertThat(pdp.latest().itemCount()).isEqualTo(17);
        submissions.accept(pdp.latest().id(), pdp.latest().version());
        long decision = decisions.createDraft(
                round,
                new DecisionData(
                        "Về việc tặng danh hiệu thi đua năm học 2025-2026",
                        "2025-2026",
                        LocalDate.of(2026, 7, 15),
                        "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                        "KT.",
                        "GIÁM ĐỐC",
                        "Nguyễn Văn Giám",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Thái Nguyên",
                        0));
        var items = decisions.candidates(decision);
        assertThat(items).hasSize(17);
        assertThat(items)
                .extracting(c -> c.received().item().originUnitName())
                .contains("Trường Mầm non Quang Trung", "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội");
        decisions.addItems(
                decision,
                items.stream()
                        .map(c -> new ReceivedItemRef(
                                c.received().inboxSubmissionId(),
                                c.received().item().seq()))
                        .toList());
        DecisionSummary issued =
                decisions.issue(decision, decisions.details(decision).summary().version());
        assertThat(issued.numberText()).matches("\\d{2,}/QĐ-.+");
        assertThat(issued.totalAmount()).isPositive();
        try (var docx = new XWPFDocument(new ByteArrayInputStream(awardExports.decisionDocx(decision)))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Số: " + issued.numberText(), "QUYẾT ĐỊNH", "1 tập thể và 16 cá nhân");
        }
        assertThat(new PdfReader(awardExports.certificatesPdf(decision)).getNumberOfPages())
                .isEqualTo(17);

        // the history follows the teacher; the school's nomination shows the decision
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        List<AwardRecordSummary> mine = decisions.myAwards();
        assertThat(mine).extracting(AwardRecordSummary::decisionLabel).anyMatch(l -> l.contains(issued.numberText()));
        assertThat(nominations.details(dossiers[1]).nominees())
                .allSatisfy(n -> assertThat(n.decisionLabel()).contains(issued.numberText()));
        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThat(nominations.details(office).nominees())
                .allSatisfy(n -> assertThat(n.decisionLabel()).contains(issued.numberText()));
    }

    @Test
    void aPrincipalAwardsHerOwnStaffWithinHerAuthority() {
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long decision = decisions.createDraft(
                null,
                new DecisionData(
                        "Về việc tặng Giấy khen",
                        "2026-2027",
                        LocalDate.of(2026, 11, 20),
                        "HIỆU TRƯỞNG TRƯỜNG MẦM NON QUANG TRUNG",
                        null,
                        "HIỆU TRƯỞNG",
                        "Nguyễn Thị Thanh Hương",
                        null,
                        "Phan Đình Phùng",
                        0));
        assertThat(decisions.candidates(decision)).isEmpty();
        assertThatThrownBy(() ->
                        decisions.addOwn(decision, new OwnAwardData("INDIVIDUAL", "LDTT", "Ma Thị Tuyết", null, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("award.error.authority");
        decisions.addOwn(
                decision,
                new OwnAwardData(
                        "INDIVIDUAL",
                        "GIAY_KHEN_CN",
                        "Ma Thị Tuyết",
                        "Nhân viên nấu ăn",
                        logins.userId("tuyet.ma.mnqt")));
        DecisionSummary issued =
                decisions.issue(decision, decisions.details(decision).summary().version());
        assertThat(issued.totalAmount())
                .as("0.3 × 2,530,000 rounded up to 10,000")
                .isEqualTo(760_000);
        logins.as("tuyet.ma.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(decisions.myAwards())
                .extracting(AwardRecordSummary::decisionLabel)
                .anyMatch(l -> l.contains(issued.numberText()));
    }

    @Test
    void aWardCannotDecideProvincialTitles() {
        long round = jdbc.sql("select id from collection_round where name like 'Đề nghị Bằng khen%'")
                .query(Long.class)
                .single();
        logins.as("vhxh.pdp", "XA-PDP-TN");
        long decision = decisions.createDraft(
                round,
                new DecisionData(
                        "Về việc khen thưởng",
                        "2025-2026",
                        LocalDate.of(2026, 11, 30),
                        null,
                        null,
                        null,
                        "Hoàng Văn Hùng",
                        null,
                        null,
                        0));
        var candidates = decisions.candidates(decision);
        assertThat(candidates).isNotEmpty().noneMatch(c -> c.decidable());
        assertThatThrownBy(() -> decisions.addItems(
                        decision,
                        List.of(new ReceivedItemRef(
                                candidates.getFirst().received().inboxSubmissionId(),
                                candidates.getFirst().received().item().seq()))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("award.error.authority");
        assertThat(decisions.details(decision).items()).isEmpty();
    }

    @Test
    void aQuotaBlocksSendingAndTheChecklistSaysWhatIsMissing() {
        long round = openRound("Đợt kiểm thử chỉ tiêu " + UUID.randomUUID());
        logins.as("vhxh.pdp", "XA-PDP-TN");
        rounds.allot(round, logins.unitId("MN-QUANGTRUNG-TN"), "CSTD_CO_SO", 0);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "CSTD_CO_SO",
                        "Trần Thị Hoa",
                        "Tổ trưởng",
                        "Trường MN Quang Trung",
                        12,
                        "Xuất sắc",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0));
        DossierDetails details = nominations.details(dossier);
        assertThat(details.complete()).isFalse();
        assertThat(details.checklist())
                .filteredOn(l -> !l.ok())
                .extracting(ChecklistLine::messageKey)
                .contains(
                        "nomination.check.quota",
                        "nomination.check.minutes",
                        "nomination.check.report",
                        "nomination.check.initiative");
        assertThatThrownBy(() -> nominations.send(dossier, UUID.randomUUID().toString()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("nomination.error.incomplete");
        assertThat(submissions.history(dossier)).isEmpty();
    }

    @Test
    void sendingTwiceWithOneKeyOrConcurrentlyCreatesOneSubmission() throws Exception {
        long round = openRound("Đợt kiểm thử gửi trùng " + UUID.randomUUID());
        long dossier = prepareSchoolDossier("hieutruong.thcsnt", "THCS-NHATRANG-TN", round, 2);
        String key = UUID.randomUUID().toString();
        SubmissionSummary first = nominations.send(dossier, key);
        SubmissionSummary again = nominations.send(dossier, key);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(count(key)).isEqualTo(2); // the sender's copy and the receiver's copy

        logins.as("vhxh.pdp", "XA-PDP-TN");
        submissions.returnToSender(
                submissions
                        .receivedFrom(round, logins.unitId("THCS-NHATRANG-TN"))
                        .getFirst()
                        .id(),
                submissions
                        .receivedFrom(round, logins.unitId("THCS-NHATRANG-TN"))
                        .getFirst()
                        .version(),
                "Bổ sung báo cáo");

        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String key2 = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(auth);
                    SecurityContextHolder.setContext(context);
                    try {
                        return nominations.send(dossier, key2).id();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(calls)) {
                try {
                    ids.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(BusinessException.class);
                }
            }
            assertThat(ids).isNotEmpty().allMatch(id -> id.equals(ids.getFirst()));
        } finally {
            pool.shutdown();
        }
        assertThat(count(key2)).isEqualTo(2);
        assertThat(submissions.history(dossier)).hasSize(2);
    }

    @Test
    void uploadsAreCheckedByContentSizeAndName() {
        long round = openRound("Đợt kiểm thử tệp " + UUID.randomUUID());
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long dossier = nominations.openDossier(round);
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> nominations.attachMinutes(dossier, "bien-ban.pdf", exe))
                .isInstanceOf(BusinessException.class)
                .hasMessage("file.error.type");
        assertThatThrownBy(() -> nominations.attachMinutes(dossier, "../../etc/passwd.pdf", PDF))
                .isInstanceOf(BusinessException.class)
                .hasMessage("file.error.name");
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> nominations.attachMinutes(dossier, "lon.pdf", big))
                .isInstanceOf(BusinessException.class)
                .hasMessage("file.error.tooLarge");
        assertThat(nominations.details(dossier).minutesFileId()).isNull();
        nominations.attachToNominee(
                nominations.addNominee(
                        dossier,
                        new NomineeData(
                                "INDIVIDUAL",
                                "LDTT",
                                "Vũ Thị Ngân",
                                null,
                                "MNQT",
                                5,
                                "Tốt",
                                null,
                                null,
                                null,
                                null,
                                null,
                                0)),
                DossierPart.ACHIEVEMENT_REPORT,
                "bao-cao.pdf",
                PDF);
        assertThat(nominations.details(dossier).nominees().getFirst().reportFileName())
                .isEqualTo("bao-cao.pdf");
    }

    /** The generated list and tờ trình say what the dossier holds: 17 rows, origins, counts per subject. */
    private void assertExportsAgree(long office) throws IOException {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(exports.dossierXlsx(office)))) {
            var sheet = wb.getSheetAt(0);
            int people = 0;
            boolean origin = false;
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first != null && first.getStringCellValue().matches("\\d+")) {
                    people++;
                    origin |= row.getCell(6).getStringCellValue().equals("Trường Tiểu học Trưng Vương");
                }
            }
            assertThat(people).isEqualTo(17);
            assertThat(origin).isTrue();
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(exports.proposalDocx(office)))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("TỜ TRÌNH", "1 tập thể và 16 cá nhân", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
        }
    }

    private long count(String key) {
        return jdbc.sql("select count(*) from submission where idempotency_key = :k")
                .param("k", key)
                .query(Long.class)
                .single();
    }

    private static NomineeData withPhone(NomineeSummary n, String phone) {
        NomineeData d = n.toData();
        return new NomineeData(
                d.subject(),
                d.awardCode(),
                d.fullName(),
                d.position(),
                d.workUnit(),
                d.yearsOfService(),
                d.achievementSummary(),
                phone,
                d.email(),
                d.personUserId(),
                d.reportText(),
                d.initiativeText(),
                d.version());
    }
}
