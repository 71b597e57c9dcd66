package vn.thidua.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;

/**
 * The whole slice through the services: the commune office publishes a criteria set, the school builds its own from
 * it (inherited criteria kept, local ones added), publishes it and builds a score sheet; teachers self-assess with
 * evidence, the secretary reviews with a comment, the principal confirms; the ranking follows the totals. Another
 * unit reaches none of it by id.
 */
@IntegrationTest
class ScoringFlowIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestLogins logins;

    @Autowired
    CriteriaService criteria;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    ScoringService scoring;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Criterion local(String code, String title, String max, ScoringType type, String per, boolean evidence) {
        return new Criterion(code, title, d(max), type, per == null ? null : d(per), null, evidence, false);
    }

    record Fixture(long officeSet, long schoolSet, long sheet) {}

    Fixture build() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        logins.as("vhxh.pdp", "XA-PDP-TN");
        CriteriaSetSummary office = criteria.create("Tiêu chí giáo viên " + tag, "2026-2027", SubjectType.TEACHER);
        office = criteria.save(
                office.id(),
                office.version(),
                office.name(),
                List.of(
                        local("1", "Phẩm chất chính trị, đạo đức, lối sống", "40", ScoringType.SCALE, null, false),
                        local("2", "Chuyên môn, nghiệp vụ", "30", ScoringType.SCALE, null, true)));
        office = criteria.publish(office.id(), office.version());

        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        CriteriaSetSummary school = criteria.deriveFrom(office.id());
        assertThat(school.criteria()).allMatch(Criterion::inherited).hasSize(2);
        // the client's copy of the inherited criteria is ignored: only local criteria are taken
        school = criteria.save(
                school.id(),
                school.version(),
                school.name(),
                List.of(
                        local("3", "Ngày công, nội quy", "20", ScoringType.DEDUCTION, "5", false),
                        local("4", "Tham gia phong trào của trường", "10", ScoringType.YES_NO, null, false)));
        assertThat(school.criteria()).extracting(Criterion::code).containsExactly("1", "2", "3", "4");
        assertThat(school.criteria()).extracting(Criterion::inherited).containsExactly(true, true, false, false);
        school = criteria.publish(school.id(), school.version());
        long publishedSchool = school.id();
        assertThatThrownBy(() -> criteria.save(publishedSchool, 1, "x", List.of()))
                .hasMessage("criteria.error.frozen");

        ScoreSheetSummary sheet = sheets.create(new ScoreSheetData(
                "Bảng điểm thi đua giáo viên " + tag,
                school.id(),
                d("100"),
                Periods.months("2026-2027", 9, 3),
                Aggregation.MEAN,
                null,
                List.of(
                        new Band("Tốt", d("90"), d("100"), null),
                        new Band("Khá", d("70"), d("90"), null),
                        new Band("Đạt", d("50"), d("70"), null),
                        new Band("Chưa đạt", d("0"), d("50"), null)),
                24));
        return new Fixture(office.id(), school.id(), sheet.id());
    }

    @Test
    void teachersSelfAssessTheSecretaryReviewsThePrincipalConfirmsAndTheRankingFollows() {
        Fixture f = build();

        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        ScoreCardView card =
                scoring.saveSelf(f.sheet(), "2026-09", Map.of("1", d("38"), "2", d("28"), "3", d("1"), "4", d("1")));
        // 38 + 28 + (20 − 5) + 10 = 91
        assertThat(card.selfTotal()).isEqualByComparingTo("91");
        long cardId = card.id();

        // above the maximum: refused, nothing changed
        Map<String, BigDecimal> tooMuch = new HashMap<>(Map.of("1", d("45")));
        assertThatThrownBy(() -> scoring.saveSelf(f.sheet(), "2026-09", tooMuch))
                .isInstanceOf(BusinessException.class)
                .hasMessage("criteria.error.aboveMax");
        assertThat(scoring.myCard(f.sheet(), "2026-09").total()).isEqualByComparingTo("91");
        assertThat(scoring.myCard(f.sheet(), "2026-09").line("1").selfValue()).isEqualByComparingTo("38");

        // criterion 2 needs evidence
        assertThatThrownBy(() -> scoring.submit(f.sheet(), "2026-09")).hasMessage("criteria.score.error.evidence");
        card = scoring.addEvidence(f.sheet(), "2026-09", "2", "giao-an-thang-9.pdf", PDF);
        assertThat(card.line("2").evidence()).extracting(Evidence::fileName).containsExactly("giao-an-thang-9.pdf");
        card = scoring.submit(f.sheet(), "2026-09");
        assertThat(card.status()).isEqualTo(ScoreStatus.SUBMITTED);
        assertThatThrownBy(() -> scoring.saveSelf(f.sheet(), "2026-09", Map.of("1", d("40"))))
                .hasMessage("criteria.score.error.submitted");
        // a teacher is no reviewer
        assertThatThrownBy(() -> scoring.cards(f.sheet(), "2026-09")).isInstanceOf(AccessDeniedException.class);

        logins.as("hoa.tt.mnqt", "MN-QUANGTRUNG-TN");
        scoring.saveSelf(f.sheet(), "2026-09", Map.of("1", d("36"), "2", d("0"), "3", d("0"), "4", d("1")));
        scoring.submit(f.sheet(), "2026-09");
        // a teacher cannot open a colleague's card by id
        assertThatThrownBy(() -> scoring.card(cardId)).isInstanceOf(NotFoundException.class);

        logins.as("thuky.mnqt", "MN-QUANGTRUNG-TN");
        List<ScoreCardView> cards = scoring.cards(f.sheet(), "2026-09");
        assertThat(cards).extracting(ScoreCardView::personName).contains("Lê Thị Hồng Nhung", "Trần Thị Hoa");
        ScoreCardView nhung = scoring.card(cardId);
        assertThatThrownBy(() -> scoring.review(cardId, nhung.version(), Map.of("2", d("25")), " "))
                .hasMessage("criteria.score.error.commentRequired");
        assertThatThrownBy(() -> scoring.review(cardId, nhung.version(), Map.of("2", d("31")), "quá"))
                .hasMessage("criteria.error.aboveMax");
        ScoreCardView reviewed =
                scoring.review(cardId, nhung.version(), Map.of("2", d("25")), "Giáo án tháng 9 còn thiếu 2 bài");
        assertThat(reviewed.total()).isEqualByComparingTo("88");
        assertThat(reviewed.selfTotal()).isEqualByComparingTo("91");
        assertThat(reviewed.status()).isEqualTo(ScoreStatus.REVIEWED);
        // the secretary is no board member
        assertThatThrownBy(() -> scoring.confirm(cardId, reviewed.version())).isInstanceOf(AccessDeniedException.class);

        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        ScoreCardView confirmed = scoring.confirm(cardId, reviewed.version());
        assertThat(confirmed.status()).isEqualTo(ScoreStatus.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isEqualTo("Nguyễn Thị Thanh Hương");

        List<YearResult> ranking = scoring.ranking(f.sheet());
        // Nhung 88 (Khá), Hoa 36 + 0 + 20 + 10 = 66 (Đạt)
        assertThat(ranking).extracting(YearResult::personName).containsExactly("Lê Thị Hồng Nhung", "Trần Thị Hoa");
        assertThat(ranking).extracting(YearResult::rank).containsExactly(1, 2);
        assertThat(ranking).extracting(YearResult::band).containsExactly("Khá", "Đạt");
        assertThat(ranking.get(0).total()).isEqualByComparingTo("88");
        assertThat(ranking.get(0).allConfirmed()).isTrue();
        assertThat(ranking.get(1).allConfirmed()).isFalse();
        assertThat(scoring.yearResults("2026-2027"))
                .filteredOn(r -> r.sheetId() == f.sheet())
                .hasSize(2);
        byte[] xlsx = scoring.exportRanking(
                f.sheet(), List.of("Xếp hạng"), List.of("TT", "Họ tên", "Điểm", "Xếp loại", "Kỳ"));
        assertThat(xlsx).startsWith(new byte[] {'P', 'K'});

        assertThat(actions("SCORE_CARD", cardId))
                .contains("CREATED", "EVIDENCE_ADDED", "SUBMITTED", "REVIEWED", "CONFIRMED");
        assertThat(actions("CRITERIA_SET", f.schoolSet())).contains("CREATED", "UPDATED", "PUBLISHED");
        assertThat(actions("SCORE_SHEET", f.sheet())).contains("CREATED");
    }

    @Test
    void setsGoDownTheTreeOnlyWhenPublishedAndNewVersionsLeaveTheOldOneAlone() {
        Fixture f = build();
        logins.as("vhxh.pdp", "XA-PDP-TN");
        CriteriaSetSummary draft = criteria.create("Nháp của phường", "2026-2027", SubjectType.STAFF);
        CriteriaSetSummary v2 = criteria.newVersion(f.officeSet());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(CriteriaSetStatus.DRAFT);
        assertThatThrownBy(() -> criteria.newVersion(f.officeSet())).hasMessage("criteria.error.hasNextVersion");

        // a school below sees the published set, not the drafts
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThat(criteria.get(f.officeSet()).status()).isEqualTo(CriteriaSetStatus.PUBLISHED);
        assertThatThrownBy(() -> criteria.get(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> criteria.get(v2.id())).isInstanceOf(NotFoundException.class);
        // nor a sibling school's set, sheet or cards
        assertThatThrownBy(() -> criteria.get(f.schoolSet())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sheets.get(f.sheet())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scoring.ranking(f.sheet())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sheets.create(new ScoreSheetData(
                        "x",
                        f.schoolSet(),
                        d("100"),
                        Periods.semesters(1, 1),
                        Aggregation.MEAN,
                        null,
                        List.of(),
                        null)))
                .hasMessage("criteria.sheet.error.set");

        // a unit in another province sees nothing of it
        logins.as("vhxh.tanhoco", "XA-TANHOCO-DT");
        assertThatThrownBy(() -> criteria.get(f.officeSet())).isInstanceOf(NotFoundException.class);
        // the office above the school does not read the school's sheet either (tenant table)
        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThatThrownBy(() -> sheets.get(f.sheet())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSheetWhoseMaximaDoNotAddUpOrWhoseWeightsOvershootIsRefused() {
        Fixture f = build();
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        List<Band> bands = List.of(new Band("Đạt", d("0"), d("100"), null));
        assertThatThrownBy(() -> sheets.create(new ScoreSheetData(
                        "x", f.schoolSet(), d("90"), Periods.semesters(1, 2), Aggregation.WEIGHTED, 3, bands, null)))
                .hasMessage("criteria.sheet.error.sum");
        assertThatThrownBy(() -> sheets.create(new ScoreSheetData(
                        "x", f.schoolSet(), d("100"), Periods.semesters(1, 2), Aggregation.WEIGHTED, 2, bands, null)))
                .hasMessage("criteria.sheet.error.weightsExceed");
        ScoreSheetSummary ok = sheets.create(new ScoreSheetData(
                "Học kỳ", f.schoolSet(), d("100"), Periods.semesters(1, 2), Aggregation.WEIGHTED, 3, bands, null));
        assertThat(ok.divisor()).isEqualTo(3);
    }

    @Test
    void theDemoSchoolRanksItsStaffOnTheMonthsRecorded() {
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        ScoreSheetSummary demo = sheets.list().stream()
                .filter(s -> s.name().equals("Bảng điểm thi đua hằng tháng năm học 2026 - 2027"))
                .findFirst()
                .orElseThrow();
        assertThat(demo.criteria())
                .extracting(Criterion::inherited)
                .containsExactly(true, true, true, true, true, false, false);
        List<YearResult> ranking = scoring.ranking(demo.id());
        // by hand (criterion 4: 15 − 3 × occurrences): Hoa (100 + 99 + 98) / 3 = 99; Nhung (94 + 97) / 2 = 95.5, her
        // November still a draft; Lan Anh (95 + 95 + 96) / 3 = 95.33; Thảo (91 + 91 + 92) / 3 = 91.33; Ngân
        // (81 + 86 + 87) / 3 = 84.67; Phương (73 after the secretary's adjustment + 70 + 81) / 3 = 74.67
        assertThat(ranking)
                .extracting(YearResult::personName)
                .containsExactly(
                        "Trần Thị Hoa",
                        "Lê Thị Hồng Nhung",
                        "Đỗ Thị Lan Anh",
                        "Dương Phương Thảo",
                        "Vũ Thị Ngân",
                        "Nông Thị Phương");
        assertThat(ranking)
                .extracting(r -> r.total().toPlainString())
                .containsExactly("99.00", "95.50", "95.33", "91.33", "84.67", "74.67");
        assertThat(ranking).extracting(YearResult::band).containsExactly("Tốt", "Tốt", "Tốt", "Tốt", "Khá", "Khá");
        assertThat(ranking.get(1).periodsRecorded()).isEqualTo(2);
    }

    List<String> actions(String type, long id) {
        return jdbc.sql("select action from audit_entry where entity_type = :t and entity_id = :id")
                .param("t", type)
                .param("id", String.valueOf(id))
                .query(String.class)
                .list();
    }
}
