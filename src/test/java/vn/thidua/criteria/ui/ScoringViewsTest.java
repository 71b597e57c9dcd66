package vn.thidua.criteria.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ViewTest;
import vn.thidua.criteria.Aggregation;
import vn.thidua.criteria.Band;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetSummary;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Periods;
import vn.thidua.criteria.ScoreCardView;
import vn.thidua.criteria.ScoreSheetData;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoreSheetSummary;
import vn.thidua.criteria.ScoreStatus;
import vn.thidua.criteria.ScoringService;
import vn.thidua.criteria.ScoringType;
import vn.thidua.criteria.SubjectType;
import vn.thidua.criteria.YearResult;

/**
 * The main flows on screen: a teacher self-assesses (a score above the maximum shows the error and changes nothing),
 * the reviewer adjusts with a comment and the principal confirms, the ranking shows the right order, an officer
 * builds and publishes a criteria set; another unit typing a sheet's or a set's id sees "not found".
 */
class ScoringViewsTest extends ViewTest {

    @Autowired
    CriteriaService criteria;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    ScoringService scoring;

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    record Fixture(long set, ScoreSheetSummary sheet) {}

    /** The school's published set of two criteria (60 + 40, criterion 2 needs evidence) and a monthly sheet. */
    Fixture fixture() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        CriteriaSetSummary set = criteria.create("Tiêu chí " + tag, "2026-2027", SubjectType.TEACHER);
        set = criteria.save(
                set.id(),
                set.version(),
                set.name(),
                List.of(
                        new Criterion("1", "Đạo đức, tác phong", d("60"), ScoringType.SCALE, null, null, false, false),
                        new Criterion("2", "Chuyên môn", d("40"), ScoringType.SCALE, null, null, false, false)));
        set = criteria.publish(set.id(), set.version());
        ScoreSheetSummary sheet = sheets.create(new ScoreSheetData(
                "Bảng điểm " + tag,
                set.id(),
                d("100"),
                Periods.months("2026-2027", 9, 3),
                Aggregation.MEAN,
                null,
                List.of(
                        new Band("Tốt", d("90"), d("100"), null),
                        new Band("Khá", d("70"), d("90"), null),
                        new Band("Chưa đạt", d("0"), d("70"), null)),
                24));
        logins.logout();
        return new Fixture(set.id(), sheet);
    }

    @SuppressWarnings("unchecked")
    void chooseSheet(String id, ScoreSheetSummary sheet) {
        test((Select<ScoreSheetSummary>) $(Select.class).id(id)).selectItem(sheet.name() + " (2026-2027)");
    }

    @Test
    void aTeacherSelfAssessesAndAScoreAboveTheMaximumIsRefused() {
        Fixture f = fixture();
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("my-scores");
        assertThat(errorTitle()).isNull();
        chooseSheet("my-scores-sheet", f.sheet());
        test($(BigDecimalField.class).id("score-1")).setValue(d("55"));
        test($(BigDecimalField.class).id("score-2")).setValue(d("38"));
        test($(Button.class).id("my-scores-save")).click();
        assertThat($(Span.class).id("my-scores-total").getText()).contains("Tự chấm: 93");
        assertThat($(Paragraph.class).id("my-scores-review-day").getText())
                .isEqualTo("Tổ đánh giá vào ngày 24 hằng tháng.");

        test($(BigDecimalField.class).id("score-1")).setValue(d("65"));
        test($(Button.class).id("my-scores-save")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Tiêu chí 1: điểm vượt quá điểm tối đa 60. Chưa lưu thay đổi nào.");
        assertThat(scoring.myCard(f.sheet().id(), "2026-09").line("1").selfValue())
                .isEqualByComparingTo("55");

        test($(BigDecimalField.class).id("score-1")).setValue(d("55"));
        // evidence goes through the upload's handler into the file service; the file is listed as a download
        ((MyScoresView) getCurrentView())
                .attach("2", "giao-an-thang-9.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("giao-an-thang-9.pdf");
        assertThat(scoring.myCard(f.sheet().id(), "2026-09").line("2").evidence())
                .hasSize(1);
        test($(Button.class).id("my-scores-submit")).click();
        assertThat($(Span.class).id("my-scores-status").getText()).isEqualTo("Đã gửi, chờ tổ duyệt");
        assertThat($(BigDecimalField.class).id("score-1").isReadOnly()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewerAdjustsThePrincipalConfirmsAndTheRankingFollows() {
        Fixture f = fixture();
        long sheet = f.sheet().id();
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        scoring.saveSelf(sheet, "2026-09", Map.of("1", d("50"), "2", d("30")));
        scoring.submit(sheet, "2026-09");
        logins.as("hoa.tt.mnqt", "MN-QUANGTRUNG-TN");
        scoring.saveSelf(sheet, "2026-09", Map.of("1", d("58"), "2", d("36")));
        scoring.submit(sheet, "2026-09");

        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("score-review/" + sheet);
        assertThat(errorTitle()).isNull();
        Grid<YearResult> ranking = $(Grid.class).id("score-review-ranking");
        assertThat(test(ranking).size()).isEqualTo(2);
        assertThat(test(ranking).getRow(0).personName()).isEqualTo("Trần Thị Hoa");
        assertThat(test(ranking).getRow(0).band()).isEqualTo("Tốt");
        assertThat(test(ranking).getRow(1).personName()).isEqualTo("Lê Thị Hồng Nhung");

        Grid<ScoreCardView> cards = $(Grid.class).id("score-review-cards");
        ScoreCardView hoa = test(cards).getRow(0).personName().equals("Trần Thị Hoa")
                ? test(cards).getRow(0)
                : test(cards).getRow(1);
        cards.select(hoa);
        // an adjustment without a comment is refused
        test($(BigDecimalField.class).id("adjust-1")).setValue(d("40"));
        test($(Button.class).id("score-review-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Khi điều chỉnh điểm cần ghi nhận xét.");
        test($(TextArea.class).id("score-review-comment")).setValue("Chưa hoàn thành hồ sơ chủ nhiệm tháng 9");
        test($(Button.class).id("score-review-save")).click();
        // Hoa 40 + 36 = 76 now ranks below Nhung's 80
        assertThat(test(ranking).getRow(0).personName()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(test(ranking).getRow(1).personName()).isEqualTo("Trần Thị Hoa");
        assertThat(test(ranking).getRow(1).total()).isEqualByComparingTo("76");

        test($(Button.class).id("score-review-confirm")).click();
        ScoreCardView confirmed = scoring.cards(sheet, "2026-09").stream()
                .filter(c -> c.personName().equals("Trần Thị Hoa"))
                .findFirst()
                .orElseThrow();
        assertThat(confirmed.status()).isEqualTo(ScoreStatus.CONFIRMED);
        assertThat(confirmed.reviewComment()).isEqualTo("Chưa hoàn thành hồ sơ chủ nhiệm tháng 9");
    }

    @Test
    void anOfficerBuildsAndPublishesASetAndTheSchoolBuildsItsOwnFromIt() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("criteria");
        String name = "Bộ tiêu chí nhân viên " + UUID.randomUUID().toString().substring(0, 6);
        test($(TextField.class).id("criteria-sets-name")).setValue(name);
        test($(Button.class).id("criteria-sets-create")).click();
        assertThat($(H2.class).id("criteria-set-title").getText()).startsWith(name);
        test($(TextField.class).id("criterion-code")).setValue("1");
        test($(TextField.class).id("criterion-title")).setValue("Chấp hành nội quy cơ quan");
        test($(BigDecimalField.class).id("criterion-max")).setValue(d("100"));
        test($(Button.class).id("criterion-add")).click();
        test($(Button.class).id("criteria-set-publish")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Đã ban hành bộ tiêu chí.");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Đã ban hành");
        long officeSet = criteria.visible().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();

        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("criteria");
        @SuppressWarnings("unchecked")
        Grid<CriteriaSetSummary> grid = $(Grid.class).id("criteria-sets");
        CriteriaSetSummary upper = test(grid).size() > 0
                ? criteria.visible().stream()
                        .filter(s -> s.id() == officeSet)
                        .findFirst()
                        .orElseThrow()
                : null;
        grid.select(upper);
        test($(Button.class).id("criteria-sets-derive")).click();
        assertThat($(H2.class).id("criteria-set-title").getText()).startsWith(name);
        @SuppressWarnings("unchecked")
        Grid<Criterion> own = $(Grid.class).id("criteria-set-criteria");
        assertThat(test(own).size()).isEqualTo(1);
        assertThat(test(own).getRow(0).title()).isEqualTo("Chấp hành nội quy cơ quan");
        assertThat(test(own).getRow(0).inherited()).isTrue();
        assertThat(test(own).getCellText(0, 3)).isEqualTo("Cấp trên (không sửa)");
        // the inherited criterion cannot be removed: the set keeps it after "remove" and save
        own.select(test(own).getRow(0));
        test($(Button.class).id("criterion-remove")).click();
        test($(Button.class).id("criteria-set-save")).click();
        assertThat(test(own).size()).isEqualTo(1);
    }

    @Test
    void anotherUnitTypingTheIdsSeesNotFound() {
        Fixture f = fixture();
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("score-review/" + f.sheet().id());
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .doesNotContain(f.sheet().name());
        go("criteria/" + f.set());
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");

        // the office above does not read the school's sheet either
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("score-review/" + f.sheet().id());
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
    }
}
