package vn.thidua.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ViewTest;
import vn.thidua.reporting.Dashboards;

/** The dashboards as their users open them: numbers, drill-down, the export of the same numbers, URL isolation. */
class DashboardViewsTest extends ViewTest {

    static final String YEAR = "2025-2026";

    @Autowired
    Dashboards dashboards;

    /** The rows of a table as the browser gets them (cell texts; the first cell of a drill row is a link). */
    List<List<String>> rows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table(tableId).select("tbody tr")) {
            rows.add(tr.children().stream().map(Element::text).toList());
        }
        return rows;
    }

    Document table(String tableId) {
        SentTable table = $(SentTable.class).id(tableId);
        assertThat(table.html()).as("sent with the response, then not kept").isNull();
        return Jsoup.parseBodyFragment((String) sent(table, "this.innerHTML = $0"));
    }

    /** The calls sent to the browser so far (taken from the UI: once taken, they are gone there). */
    final List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> sentCalls = new ArrayList<>();

    /** The parameter of the call that sent {@code component}'s content, still pending (no browser here). */
    Object sent(com.vaadin.flow.component.Component component, String expression) {
        sentCalls.addAll(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations());
        return sentCalls.stream()
                .filter(i -> i.getOwner() == component.getElement().getNode())
                .filter(i -> i.getInvocation().getExpression().contains(expression))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing sent for " + component))
                .getInvocation()
                .getParameters()
                .getFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void exemplarsAcrossTheSubtreeComeFromTheReadModel() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("dashboard");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        List<List<String>> rows = rows("dashboard-exemplars-table");
        // the 2026–2030 phases overlap 2025–2026: the ward's own two collective models first; Quang Trung's three
        // candidates (two reviewed, one replicated), 24 people and 3 units reached, one visit by TH Trưng Vương
        assertThat(rows)
                .containsExactly(
                        List.of(
                                "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội (cán bộ, tập thể của đơn vị)",
                                "2",
                                "0",
                                "1",
                                "0",
                                "0",
                                "1",
                                "60",
                                "9",
                                "0"),
                        List.of("Trường Mầm non Quang Trung", "3", "0", "0", "0", "2", "1", "24", "3", "1"),
                        List.of("Tổng cộng", "5", "0", "1", "0", "2", "2", "84", "12", "1"));

        loginAs("admin.sgd.tn", "SGD-TN");
        go("dashboard");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        assertThat(rows("dashboard-exemplars-table")).anySatisfy(r -> assertThat(r.subList(0, 2))
                .containsExactly("UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội", "5"));
        assertThat(rows("dashboard-exemplarFields-table")).isNotEmpty();

        // Hà Nội: five schools with a completed 2021–2025 phase and a begun 2026–2030 one, both within 2025–2026
        loginAs("admin.sgd.hn", "SGD-HN");
        go("dashboard");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        List<List<String>> hanoi = rows("dashboard-exemplars-table");
        assertThat(hanoi)
                .anySatisfy(r -> assertThat(r.subList(0, 7))
                        .containsExactly(
                                "UBND phường Phương Liệt – Phòng Văn hóa – Xã hội", "10", "0", "0", "5", "0", "5"))
                .anySatisfy(r -> assertThat(r.subList(0, 7))
                        .containsExactly("Trường Trung học phổ thông Nhân Chính", "4", "0", "0", "2", "0", "2"));
        assertThat(hanoi.getLast().subList(0, 2)).containsExactly("Tổng cộng", "24");
    }

    @Test
    void chartsAreSentOnceAndNotKept() {
        loginAs("admin.sgd.tn", "SGD-TN");
        go("dashboard");
        List<Chart> charts = $(Chart.class).all();
        assertThat(charts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(chart -> {
            assertThat(chart.configJson()).isNull();
            assertThat(chart.getElement().getPropertyRaw("config")).isNull();
            assertThat((String) sent(chart, "this.config = $0")).contains("\"datasets\"");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDepartmentDrillsDownToTheWardAndTheSchoolAndExportsTheSameNumbers() throws Exception {
        loginAs("admin.sgd.tn", "SGD-TN");
        go("dashboard");
        assertThat($(H2.class).id("dashboard-title").getText()).contains("Sở Giáo dục và Đào tạo Thái Nguyên");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        List<List<String>> byChild = rows("dashboard-byChild-table");
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

        // drill: the ward's row links to its dashboard (navigated in place), then its school
        Element link = table("dashboard-byChild-table").select("tbody tr th a[router-link]").stream()
                .filter(a -> a.text().startsWith("UBND phường Phan Đình Phùng"))
                .findFirst()
                .orElseThrow();
        assertThat(link.attr("href")).isEqualTo("dashboard/" + logins.unitId("XA-PDP-TN"));
        go(link.attr("href"));
        assertThat($(H2.class).id("dashboard-title").getText()).contains("UBND phường Phan Đình Phùng");
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        List<List<String>> schools = rows("dashboard-byChild-table");
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
        assertThat($(SentTable.class).all()).isNotEmpty().noneMatch(g -> "dashboard-byChild-table"
                .equals(g.getId().orElse(null)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitOutsideTheSubtreeIsNotFoundByUrl() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        for (String code : List.of("SGD-TN", "XA-QUYETTHANG-TN", "MN-THINHDAN-TN", "THCS-TANHOCO-DT")) {
            go("dashboard/" + logins.unitId(code));
            assertThat(errorTitle()).as(code).isEqualTo("Không tìm thấy");
        }
        go("dashboard/" + logins.unitId("MN-QUANGTRUNG-TN"));
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("dashboard-title").getText()).contains("Trường Mầm non Quang Trung");
        // the ward drilled into its school sees what the school sent it, round by round
        test((Select<String>) $(Select.class).id("dashboard-year")).selectItem(YEAR);
        assertThat(rows("dashboard-sent-table"))
                .anyMatch(r -> r.getFirst().equals("Xét tặng danh hiệu Lao động tiên tiến, Giấy khen năm học 2025-2026")
                        && r.get(4).equals("4"));
    }
}
