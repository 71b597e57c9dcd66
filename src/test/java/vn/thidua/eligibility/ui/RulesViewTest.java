package vn.thidua.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.ViewTest;
import vn.thidua.eligibility.Rating;

/** Any signed-in user reads the title criteria in force; an earlier date shows the legacy rules and their quota. */
class RulesViewTest extends ViewTest {

    String text(String id) {
        return $(VerticalLayout.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherChecksHerOwnEligibilityFromHerHistoryAndTheFactsSheStates() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("rules");
        // her history holds Giấy khen (an award form, not a title): not counted among titles
        assertThat($(Span.class).id("rules-self-history").getText()).doesNotContain("Giấy khen");
        IntegerField months = $(IntegerField.class).id("rules-self-months");
        // a rating is required, and 13 months are refused at the field: nothing is judged
        test($(Button.class).id("rules-self-check")).click();
        assertThat($(Select.class).id("rules-self-rating").isInvalid()).isTrue();
        assertThat(text("rules-self-results")).isEmpty();
        test((Select<Rating>) $(Select.class).id("rules-self-rating")).selectItem("hoàn thành tốt nhiệm vụ");
        months.setValue(13); // typed by hand: the browser lets it through, the check refuses it
        test($(Button.class).id("rules-self-check")).click();
        assertThat(months.isInvalid()).isTrue();
        assertThat(text("rules-self-results")).isEmpty();

        test(months).setValue(12);
        test($(Button.class).id("rules-self-check")).click();
        // Thái Nguyên's own rules add registration to LĐTT: her registration of the year is read from the round
        assertThat($(Span.class).id("rules-self-LDTT").getText()).isEqualTo("Đủ điều kiện: Lao động tiên tiến");
        assertThat(text("rules-self-results")).contains("Đã đăng ký danh hiệu Lao động tiên tiến năm học 2026-2027");
        assertThat($(Span.class).id("rules-self-CSTD_CO_SO").getText())
                .isEqualTo("Chưa đủ điều kiện: Chiến sĩ thi đua cơ sở");
        assertThat(text("rules-self-results"))
                .contains("Chưa đạt: cần xếp loại từ mức hoàn thành xuất sắc nhiệm vụ")
                .contains("Chưa đạt: cần sáng kiến được công nhận từ cấp cơ sở, hiện: chưa có")
                .contains("Chưa đạt: cần 3 năm liên tục Chiến sĩ thi đua cơ sở");

        // the year before, she had no registration round
        test((Select<String>) $(Select.class).id("rules-self-year")).selectItem("2025-2026");
        test($(Button.class).id("rules-self-check")).click();
        assertThat(text("rules-self-results"))
                .contains("Chưa đạt: chưa đăng ký danh hiệu Lao động tiên tiến năm học 2025-2026");
        test((Select<String>) $(Select.class).id("rules-self-year")).selectItem("2026-2027");

        test(months).setValue(8);
        test($(Button.class).id("rules-self-check")).click();
        assertThat($(Span.class).id("rules-self-LDTT").getText()).startsWith("Chưa đủ điều kiện");
        assertThat(text("rules-self-results")).contains("Chưa đạt: cần công tác từ 10 tháng trong năm, hiện 8 tháng");
    }

    @Test
    void aTeacherReadsTheCriteriaInForceAndThoseOfAnEarlierYear() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("rules");
        assertThat(errorTitle()).isNull();
        assertThat(text("rules-TTLDXS"))
                .contains("Tập thể lao động xuất sắc")
                .contains("Từ 70% thành viên đạt Lao động tiên tiến")
                .contains("Có ít nhất 1 thành viên đạt Chiến sĩ thi đua cơ sở")
                .contains("Luật Thi đua, khen thưởng số 06/2022/QH15")
                .contains("Hiệu lực từ 01/01/2024");
        assertThat(text("rules-CSTD_TINH")).contains("3 năm liên tục đạt Chiến sĩ thi đua cơ sở");
        // Thái Nguyên's own rule set wins for LĐTT (registration added) and sets the quota and the vote of CSTĐ cơ sở
        assertThat(text("rules-LDTT"))
                .contains("Quy chế thi đua, khen thưởng tỉnh Thái Nguyên")
                .contains("Đã đăng ký danh hiệu từ đầu năm học")
                .contains("Hiệu lực từ 01/09/2025");
        assertThat(text("rules-CSTD_CO_SO"))
                .contains("Xếp loại chất lượng từ mức hoàn thành xuất sắc nhiệm vụ")
                .contains("Chỉ tiêu: không quá 15% số đạt Lao động tiên tiến")
                .contains("Đạt từ 2/3 số thành viên Hội đồng có mặt đồng ý trở lên");
        assertThat(text("rules-CSTD_TOAN_QUOC")).contains("Đạt từ 90% tổng số thành viên Hội đồng đồng ý trở lên");
        assertThat($(Paragraph.class).id("rules-quorum").getText())
                .contains("từ 2/3 tổng số thành viên")
                .contains("Thái Nguyên");

        test($(DatePicker.class).id("rules-date")).setValue(LocalDate.of(2023, 5, 25));
        assertThat(text("rules-CSTD_CO_SO"))
                .contains("Nghị định 91/2017/NĐ-CP")
                .contains("Hiệu lực từ 01/01/2016 đến 31/12/2023")
                .contains("1 năm liên tục đạt Lao động tiên tiến")
                .contains("Chỉ tiêu: không quá 15% số đạt Lao động tiên tiến");
        assertThat(text("rules-LDTT")).contains("Nghị định 91/2017/NĐ-CP").doesNotContain("Thái Nguyên");
    }

    @Test
    void anotherProvinceKeepsTheNationalRules() {
        loginAs("admin.sgd.hn", "SGD-HN");
        go("rules");
        assertThat(errorTitle()).isNull();
        assertThat(text("rules-LDTT"))
                .contains("Luật Thi đua, khen thưởng số 06/2022/QH15")
                .doesNotContain("đăng ký");
        assertThat(text("rules-CSTD_CO_SO")).doesNotContain("Chỉ tiêu").contains("1/2 số thành viên Hội đồng có mặt");
        assertThat($(Paragraph.class).id("rules-quorum").getText()).contains("Luật Thi đua");
    }
}
