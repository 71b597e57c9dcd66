package vn.thidua.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.ViewTest;

/** Any signed-in user reads the title criteria in force; an earlier date shows the legacy rules and their quota. */
class RulesViewTest extends ViewTest {

    String text(String id) {
        return $(VerticalLayout.class).id(id).getElement().getTextRecursively();
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
        assertThat(text("rules-CSTD_CO_SO"))
                .contains("Xếp loại chất lượng từ mức hoàn thành xuất sắc nhiệm vụ")
                .doesNotContain("Chỉ tiêu");

        test($(DatePicker.class).id("rules-date")).setValue(LocalDate.of(2023, 5, 25));
        assertThat(text("rules-CSTD_CO_SO"))
                .contains("Nghị định 91/2017/NĐ-CP")
                .contains("Hiệu lực từ 01/01/2016 đến 31/12/2023")
                .contains("1 năm liên tục đạt Lao động tiên tiến")
                .contains("Chỉ tiêu: không quá 15% số đạt Lao động tiên tiến");
    }
}
