package vn.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/**
 * The ward office opens its advanced-models conference round; MN Quang Trung proposes two exemplars; the ward
 * honours one: the honoured exemplar's history shows the honour, the other "proposed, not honoured"; another school
 * sees none of it; a school cannot honour; both sides audited.
 */
@IntegrationTest
class ConferenceFlowIT {

    static final String SCHOOL = "MN-QUANGTRUNG-TN";
    static final String WARD = "XA-PDP-TN";
    static final String HONOUR =
            "Biểu dương tại Hội nghị điển hình tiên tiến phường Phan Đình Phùng giai đoạn 2026–2030";

    @Autowired
    TestLogins logins;

    @Autowired
    ConferenceService conference;

    @Autowired
    ExemplarService exemplars;

    @Autowired
    SubmissionService submissions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    long audits(String type, String action, long unitId) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = ? and action = ? and unit_id = ?")
                .params(type, action, unitId)
                .query(Long.class)
                .single();
    }

    long exemplar(String name) {
        long phase = exemplars.phases().stream()
                .filter(p -> p.startYear() == 2026 && p.endYear() == 2030)
                .findFirst()
                .orElseThrow()
                .id();
        return exemplars.exemplars(phase).stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void proposeTwoHonourOneAndBothHistoriesAreRight() {
        long school = logins.unitId(SCHOOL);
        long ward = logins.unitId(WARD);

        logins.as("vhxh.pdp", WARD);
        RoundSummary round = conference.openRound(
                "Hội nghị điển hình tiên tiến giai đoạn 2026–2030 (kiểm thử)",
                2026,
                2030,
                Dates.today().plusDays(20),
                null);
        assertThat(round.kind()).isEqualTo(RoundKind.EXEMPLAR_CONFERENCE);
        assertThat(conference.myRounds()).extracting(RoundSummary::id).contains(round.id());

        logins.as("hieutruong.mnqt", SCHOOL);
        assertThat(conference.roundsAbove()).extracting(RoundSummary::id).contains(round.id());
        long nhung = exemplar("Lê Thị Hồng Nhung");
        long hoa = exemplar("Trần Thị Hoa");
        long proposedAudits = audits("EXEMPLAR", "PROPOSED", school);
        assertThatThrownBy(() -> conference.propose(
                        round.id(), List.of(nhung), " ", UUID.randomUUID().toString()))
                .isInstanceOf(BusinessException.class);
        String key = UUID.randomUUID().toString();
        SubmissionSummary sent = conference.propose(
                round.id(), List.of(nhung, hoa), "Tờ trình đề nghị biểu dương hai điển hình tiên tiến.", key);
        assertThat(conference
                        .propose(round.id(), List.of(nhung, hoa), "Tờ trình lặp lại.", key)
                        .id())
                .isEqualTo(sent.id());
        assertThat(sent.itemCount()).isEqualTo(2);
        assertThat(audits("EXEMPLAR", "PROPOSED", school)).isEqualTo(proposedAudits + 2);
        assertThat(marks(hoa, round.id())).singleElement().satisfies(m -> assertThat(m.honoured())
                .isFalse());

        // a school cannot honour: the round is not its own, and the proposal is not in its inbox
        assertThatThrownBy(() -> conference.honour(round.id(), sent.id(), nhung, HONOUR, Dates.today()))
                .isInstanceOf(AccessDeniedException.class);

        // another school sees neither the proposals nor the exemplar's history
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThatThrownBy(() -> conference.proposals(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conference.marks(nhung)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submissions.details(sent.id())).isInstanceOf(NotFoundException.class);

        logins.as("vhxh.pdp", WARD);
        List<ConferenceProposal> received = conference.proposals(round.id());
        assertThat(received).hasSize(2).allMatch(p -> p.senderUnitId() == school && !p.honoured());
        ConferenceProposal first = received.stream()
                .filter(p -> p.exemplarId() == nhung)
                .findFirst()
                .orElseThrow();
        assertThat(first.name()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(first.story()).isNotBlank();
        assertThat(first.statement()).contains("Tờ trình");
        assertThat(first.status()).isEqualTo(SubmissionStatus.SENT);
        submissions.accept(first.inboxSubmissionId(), first.inboxVersion());

        long honourAudits = audits("EXEMPLAR_HONOUR", "HONOURED", ward);
        long flowedAudits = audits("EXEMPLAR", "HONOURED", school);
        assertThatThrownBy(() -> conference.honour(round.id(), first.inboxSubmissionId(), nhung, "  ", Dates.today()))
                .isInstanceOf(BusinessException.class);
        conference.honour(round.id(), first.inboxSubmissionId(), nhung, HONOUR, LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() -> conference.honour(
                        round.id(), first.inboxSubmissionId(), nhung, HONOUR, LocalDate.of(2026, 12, 5)))
                .isInstanceOf(BusinessException.class);
        assertThat(audits("EXEMPLAR_HONOUR", "HONOURED", ward)).isEqualTo(honourAudits + 1);
        assertThat(audits("EXEMPLAR", "HONOURED", school)).isEqualTo(flowedAudits + 1);
        assertThat(conference.proposals(round.id()))
                .filteredOn(ConferenceProposal::honoured)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.exemplarId()).isEqualTo(nhung);
                    assertThat(p.honourText()).isEqualTo(HONOUR);
                });

        logins.as("hieutruong.mnqt", SCHOOL);
        assertThat(marks(nhung, round.id())).singleElement().satisfies(m -> {
            assertThat(m.honoured()).isTrue();
            assertThat(m.honourText()).isEqualTo(HONOUR);
            assertThat(m.honourDate()).isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(m.receiverName()).isEqualTo(round.ownerName());
        });
        assertThat(marks(hoa, round.id())).singleElement().satisfies(m -> assertThat(m.honoured())
                .isFalse());
    }

    /**
     * The acceptance's own shape: the commune office proposes two exemplars of its registry (schools built as
     * collective models) to the department's conference; the department honours one; both histories are right.
     */
    @Test
    void theCommuneProposesTwoToTheDepartmentWhichHonoursOne() {
        long ward = logins.unitId(WARD);
        long department = logins.unitId("SGD-TN");
        logins.as("vhxh.pdp", WARD);
        long phase = exemplars.phases().stream()
                .filter(p -> p.startYear() == 2031)
                .findFirst()
                .orElseGet(() -> exemplars.openPhase(2031, 2035))
                .id();
        long school = exemplars.add(
                phase,
                new ExemplarData(
                        null, "Trường Tiểu học Trưng Vương", ExemplarField.MANAGEMENT, "Trường học số", null, null));
        long cluster = exemplars.add(
                phase,
                new ExemplarData(
                        null, "Cụm chuyên môn mầm non phường", ExemplarField.CHILD_CARE, "Sinh hoạt cụm", null, null));
        exemplars.addEntry(
                school, EntryData.of(ExemplarStage.PHAT_HIEN, LocalDate.of(2031, 9, 10), "Số hóa toàn bộ hồ sơ"));

        logins.as("thiduakt.sgd.tn", "SGD-TN");
        RoundSummary round = conference.openRound(
                "Hội nghị điển hình tiên tiến ngành Giáo dục giai đoạn 2031–2035 (kiểm thử)",
                2031,
                2035,
                Dates.today().plusDays(30),
                null);

        logins.as("vhxh.pdp", WARD);
        assertThat(conference.roundsAbove()).extracting(RoundSummary::id).contains(round.id());
        SubmissionSummary sent = conference.propose(
                round.id(),
                List.of(school, cluster),
                "Tờ trình đề nghị Sở biểu dương hai điển hình tiên tiến của phường.",
                UUID.randomUUID().toString());
        assertThat(sent.itemCount()).isEqualTo(2);

        logins.as("thiduakt.sgd.tn", "SGD-TN");
        List<ConferenceProposal> received = conference.proposals(round.id());
        assertThat(received).hasSize(2).allMatch(p -> p.senderUnitId() == ward);
        ConferenceProposal first = received.stream()
                .filter(p -> p.exemplarId() == school)
                .findFirst()
                .orElseThrow();
        submissions.accept(first.inboxSubmissionId(), first.inboxVersion());
        long honours = audits("EXEMPLAR_HONOUR", "HONOURED", department);
        conference.honour(
                round.id(),
                first.inboxSubmissionId(),
                school,
                "Biểu dương điển hình tiên tiến cấp tỉnh",
                Dates.today());
        assertThat(audits("EXEMPLAR_HONOUR", "HONOURED", department)).isEqualTo(honours + 1);

        logins.as("vhxh.pdp", WARD);
        assertThat(marks(school, round.id())).singleElement().satisfies(m -> {
            assertThat(m.honoured()).isTrue();
            assertThat(m.honourText()).isEqualTo("Biểu dương điển hình tiên tiến cấp tỉnh");
            assertThat(m.receiverName()).isEqualTo("Sở Giáo dục và Đào tạo Thái Nguyên");
        });
        assertThat(marks(cluster, round.id())).singleElement().satisfies(m -> assertThat(m.honoured())
                .isFalse());
        // the school itself (a unit below the ward) does not see the ward's registry
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThatThrownBy(() -> conference.marks(school)).isInstanceOf(NotFoundException.class);
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    /**
     * The tờ trình: previewed as DOCX before sending, sent with the proposal as its document and downloaded by both
     * sides. The ward returns the first version with a reason (an empty one refused); the school sees the reason on
     * what it sent and on the exemplar's mark, sends again; a proposal with an honour can no longer be returned; a
     * school returns nothing.
     */
    @Test
    void theToTrinhGoesWithTheProposalAndAReturnCarriesItsReason() throws Exception {
        long school = logins.unitId(SCHOOL);
        long ward = logins.unitId(WARD);
        logins.as("vhxh.pdp", WARD);
        RoundSummary round = conference.openRound(
                "Hội nghị điển hình tiên tiến (tờ trình, trả lại — kiểm thử)",
                2026,
                2030,
                Dates.today().plusDays(20),
                null);

        logins.as("hieutruong.mnqt", SCHOOL);
        long nhung = exemplar("Lê Thị Hồng Nhung");
        long hoa = exemplar("Trần Thị Hoa");
        String statement = "Nhà trường kính đề nghị biểu dương hai điển hình tiên tiến tiêu biểu.";
        assertThatThrownBy(() -> conference.statementDocx(round.id(), List.of(), statement))
                .isInstanceOf(BusinessException.class)
                .hasMessage("conference.error.none");
        String preview = text(conference.statementDocx(round.id(), List.of(nhung, hoa), statement));
        assertThat(preview)
                .contains("TRƯỜNG MẦM NON QUANG TRUNG", "TỜ TRÌNH", "Về việc đề nghị tuyên dương điển hình tiên tiến")
                .contains(statement, "Lê Thị Hồng Nhung", "Trần Thị Hoa")
                .contains("Họ và tên / tập thể", "Chức vụ", "Lĩnh vực", "Thành tích", "Đổi mới dạy học")
                .contains("Kính gửi: " + round.ownerName(), "HIỆU TRƯỞNG");

        SubmissionSummary first = conference.propose(
                round.id(), List.of(nhung, hoa), statement, UUID.randomUUID().toString());
        assertThat(submissions.details(first.id()).documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ConferenceService.KIND_STATEMENT);
            assertThat(d.itemSeq()).isNull();
            assertThat(d.contentType()).isEqualTo(ConferenceService.DOCX);
        });
        assertThat(text(conference.statementFile(first.id()).bytes()))
                .contains("TỜ TRÌNH", "TRƯỜNG MẦM NON QUANG TRUNG", "Lê Thị Hồng Nhung", "Trần Thị Hoa");
        assertThatThrownBy(() -> conference.returnProposal(round.id(), first.id(), first.version(), "Trả lại hộ"))
                .isInstanceOf(AccessDeniedException.class);

        logins.as("vhxh.pdp", WARD);
        ConferenceProposal received = conference.proposals(round.id()).getFirst();
        assertThat(text(conference.statementFile(received.inboxSubmissionId()).bytes()))
                .contains("TỜ TRÌNH", "TRƯỜNG MẦM NON QUANG TRUNG", "Lê Thị Hồng Nhung", "Trần Thị Hoa", statement);
        long returnedAudits = audits("SUBMISSION", "RETURNED", school);
        assertThatThrownBy(() -> conference.returnProposal(
                        round.id(), received.inboxSubmissionId(), received.inboxVersion(), "  "))
                .isInstanceOf(BusinessException.class)
                .hasMessage("submission.error.reasonRequired");
        String reason = "Thiếu báo cáo thành tích có xác nhận của hiệu trưởng";
        conference.returnProposal(round.id(), received.inboxSubmissionId(), received.inboxVersion(), reason);
        assertThat(conference.proposals(round.id())).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(SubmissionStatus.RETURNED);
            assertThat(p.returnReason()).isEqualTo(reason);
        });
        assertThat(audits("SUBMISSION", "RETURNED", school)).isEqualTo(returnedAudits + 1);
        assertThat(audits("SUBMISSION", "RETURNED", ward)).isPositive();
        assertThatThrownBy(
                        () -> conference.honour(round.id(), received.inboxSubmissionId(), nhung, HONOUR, Dates.today()))
                .hasMessage("conference.error.returned");

        logins.as("hieutruong.mnqt", SCHOOL);
        assertThat(conference.sent(round.id())).singleElement().satisfies(p -> {
            assertThat(p.submission().status()).isEqualTo(SubmissionStatus.RETURNED);
            assertThat(p.submission().returnReason()).isEqualTo(reason);
            assertThat(p.exemplarNames()).containsExactly("Lê Thị Hồng Nhung", "Trần Thị Hoa");
        });
        assertThat(marks(hoa, round.id())).singleElement().satisfies(m -> {
            assertThat(m.returned()).isTrue();
            assertThat(m.returnReason()).isEqualTo(reason);
        });
        SubmissionSummary second = conference.propose(
                round.id(),
                List.of(nhung, hoa),
                statement + " (bổ sung báo cáo)",
                UUID.randomUUID().toString());
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(conference.sent(round.id())).hasSize(2);
        assertThat(marks(hoa, round.id())).singleElement().satisfies(m -> assertThat(m.returned())
                .isFalse());

        logins.as("vhxh.pdp", WARD);
        ConferenceProposal again = conference.proposals(round.id()).getFirst();
        assertThat(again.status()).isEqualTo(SubmissionStatus.SENT);
        conference.honour(round.id(), again.inboxSubmissionId(), nhung, HONOUR, LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() ->
                        conference.returnProposal(round.id(), again.inboxSubmissionId(), again.inboxVersion(), reason))
                .isInstanceOf(BusinessException.class)
                .hasMessage("conference.error.honouredReturn");
        submissions.accept(again.inboxSubmissionId(), again.inboxVersion());
    }

    List<ProposalMark> marks(long exemplarId, long roundId) {
        return conference.marks(exemplarId).stream()
                .filter(m -> m.roundId() == roundId)
                .toList();
    }
}
