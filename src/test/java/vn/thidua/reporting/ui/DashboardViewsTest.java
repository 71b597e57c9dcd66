package vn.thidua.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ViewTest;
import vn.thidua.reporting.Dashboards;

/** The dashboards as their users open them: numbers, drill-down, the export of the same numbers, URL isolation. */
class DashboardViewsTest extends ViewTest {

    static final String YEAR = "2025-2026";

    @Autowired
    Dashboards dashboards;

    @SuppressWarnings("unchecked")
    List<List<String>> rows(String gridId) {
        Grid<Integer> grid = $(Grid.class).id(gridId);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < test(grid).size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < grid.getColumns().size(); c++) {
                cells.add(test(grid).getCellText(r, c));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDepartmentDrillsDownToTheWardAndTheSchoolAndExportsTheSameNumbers() throws Exception {
        loginAs("admin.sgd.tn", "SGD-TN");
        go("dashboard");
        assertThat($(H2.class).id("dashboard-title").getText()).contains("Sở Giáo dục và Đào tạo Thái Nguyên");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        List<List<String>> byChild = rows("dashboard-byChild-grid");
        assertThat(byChild).anyMatch(r -> r.getFirst().startsWith("UBND phường Phan Đình Phùng"));
        String wardTotal = byChild.stream()
                .filter(r -> r.getFirst().startsWith("UBND phường Phan Đình Phùng"))
                .findFirst()
                .orElseThrow()
                .get(1);

        // the same numbers in the export
        var dashboard = dashboards.build(null, YEAR, Locale.forLanguageTag("vi"));
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(dashboards.xlsx(dashboard, Locale.forLanguageTag("vi"))))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(dashboard.tables().size());
            DataFormatter format = new DataFormatter();
            boolean found = false;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0) != null
                        && format.formatCellValue(row.getCell(0)).startsWith("UBND phường Phan Đình Phùng")) {
                    assertThat(format.formatCellValue(row.getCell(1))).isEqualTo(wardTotal);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }

        // drill: the ward, then its school
        Grid<Integer> grid = $(Grid.class).id("dashboard-byChild-grid");
        for (int r = 0; r < test(grid).size(); r++) {
            if (test(grid).getCellText(r, 0).startsWith("UBND phường Phan Đình Phùng")) {
                test(grid).clickRow(r);
                break;
            }
        }
        assertThat($(H2.class).id("dashboard-title").getText()).contains("UBND phường Phan Đình Phùng");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        List<List<String>> schools = rows("dashboard-byChild-grid");
        assertThat(schools).anyMatch(r -> r.getFirst().equals("Trường Mầm non Quang Trung"));
        long sum = schools.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum();
        assertThat(sum).isEqualTo(Long.parseLong(wardTotal));
    }

    @Test
    void theWardSeesWhatItsSchoolsSentAndWhoHasNoImplementingPlan() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("dashboard");
        assertThat($(VerticalLayout.class).id("dashboard-office").getElement().getTextRecursively())
                .contains("Kế hoạch thực hiện Kế hoạch số 825/KH-VHXH")
                .contains("Trường Tiểu học Trưng Vương")
                .contains("đơn vị đã gửi; chưa gửi:");
    }

    @Test
    void aSchoolSeesItsOwnYear() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("dashboard");
        assertThat($(VerticalLayout.class).id("dashboard-school")).isNotNull();
        assertThat($(Grid.class).all())
                .noneMatch(g -> "dashboard-byChild-grid".equals(g.getId().orElse(null)));
    }

    @Test
    void aUnitOutsideTheSubtreeIsNotFoundByUrl() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        for (String code : List.of("SGD-TN", "XA-QUYETTHANG-TN", "MN-THINHDAN-TN", "THCS-TANHOCO-DT")) {
            go("dashboard/" + logins.unitId(code));
            assertThat(errorTitle()).as(code).isEqualTo("Không tìm thấy");
        }
        go("dashboard/" + logins.unitId("MN-QUANGTRUNG-TN"));
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("dashboard-title").getText()).contains("Trường Mầm non Quang Trung");
    }
}
