package vn.thidua.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.thidua.ViewTest;
import vn.thidua.audit.AuditEntrySummary;

class AuditLogViewTest extends ViewTest {

    @Test
    void theDepartmentAdministratorSeesChangesOfItsSubtreeOnly() {
        loginAs("admin.sgd.tn", "SGD-TN");
        navigate(AuditLogView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntrySummary> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isGreaterThan(10);
        test($(TextField.class).id("audit-filter")).setValue("hieutruong.mnqt");
        assertThat(test(grid).size()).isGreaterThan(0);
        assertThat(test(grid).getCellText(0, 2)).isNotBlank();
        test($(TextField.class).id("audit-filter")).setValue("0208 3855 246");
        assertThat(test(grid).getCellText(0, 5))
                .as("field names in Vietnamese")
                .contains("Điện thoại: ")
                .contains("0208 3855 246")
                .doesNotContain("phone:");
        test($(TextField.class).id("audit-filter")).setValue("thcsthc");
        assertThat(test(grid).size())
                .as("Đồng Tháp's changes are not Thái Nguyên's business")
                .isZero();
    }

    @Test
    void aTeacherHasNoAuditLog() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("audit");
        assertThat($(Grid.class).all())
                .noneMatch(g -> "audit-grid".equals(g.getId().orElse(null)));
    }
}
