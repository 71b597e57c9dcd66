package vn.thidua.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ViewTest;
import vn.thidua.catalogue.AwardTypeSummary;

/** Where a province's own award form shows: the award list of the nomination round form, for its units only. */
class ProvinceAwardTypesViewTest extends ViewTest {

    private List<AwardTypeSummary> roundFormAwards(String username, String unitCode) {
        loginAs(username, unitCode);
        go("rounds");
        test($(Button.class).id("round-open")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AwardTypeSummary> codes =
                $(MultiSelectComboBox.class).id("round-codes");
        return codes.getListDataView().getItems().toList();
    }

    @Test
    void theThaiNguyenDepartmentMayOpenARoundForItsOwnForm() {
        List<AwardTypeSummary> awards = roundFormAwards("admin.sgd.tn", "SGD-TN");

        assertThat(awards).extracting(AwardTypeSummary::code).contains("TN_GIAY_KHEN_SGD_PTTD", "GIAY_KHEN_CN");
        assertThat(awards)
                .filteredOn(a -> a.code().equals("BANG_KHEN_TINH_TT"))
                .extracting(AwardTypeSummary::nameVi)
                .containsExactly("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên (tập thể)");
    }

    @Test
    void theHaNoiDepartmentDoesNotSeeIt() {
        List<AwardTypeSummary> awards = roundFormAwards("admin.sgd.hn", "SGD-HN");

        assertThat(awards).extracting(AwardTypeSummary::code).contains("GIAY_KHEN_CN");
        assertThat(awards).noneMatch(a -> a.code().startsWith("TN_"));
        assertThat(awards)
                .filteredOn(a -> a.code().equals("BANG_KHEN_TINH_TT"))
                .extracting(AwardTypeSummary::nameVi)
                .containsExactly("Bằng khen của Chủ tịch UBND tỉnh (tập thể)");
    }
}
