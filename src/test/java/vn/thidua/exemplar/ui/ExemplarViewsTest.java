package vn.thidua.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.TimelineItem;

/**
 * The demo exemplars of MN Quang Trung in the views: the principal's registry of 2026–2030 with the three imported
 * candidates and the annex download; an exemplar page with its timeline in date order; an entry dated outside the
 * phase refused on the page; a teacher reads the registry without any tool to change it.
 */
class ExemplarViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExemplarService service;

    long exemplar(String name) {
        return jdbc.sql("select min(x.id) from exemplar x join exemplar_phase p on p.id = x.phase_id"
                        + " where x.tenant_id = :u and p.start_year = 2026 and p.end_year = 2030 and x.name = :n")
                .param("u", logins.unitId("MN-QUANGTRUNG-TN"))
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrincipalSeesTheRegistryAndATimeline() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars");
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("exemplars-title").getText()).isEqualTo("Điển hình tiên tiến");
        assertThat($(SideNav.class).first().getItems().stream().map(SideNavItem::getLabel))
                .containsSubsequence("Hội đồng TĐKT", "Bỏ phiếu", "Điển hình tiên tiến", "Công khai danh sách");
        Grid<ExemplarSummary> grid = $(Grid.class).id("exemplars-grid");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat($(Anchor.class).id("exemplars-annex").getText())
                .isEqualTo("Tải danh sách đăng ký xây dựng điển hình (DOCX)");
        assertThat($(Button.class).id("exemplars-import").getText()).isEqualTo("Nhập từ đăng ký thi đua");
        // filtered by field: one manager of the three
        test((com.vaadin.flow.component.select.Select<vn.thidua.exemplar.ExemplarField>)
                        $(com.vaadin.flow.component.select.Select.class).id("exemplars-field"))
                .selectItem("Quản lý");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Đỗ Thị Lan Anh");
        // importing again adds nobody
        test($(Button.class).id("exemplars-import")).click();
        assertThat(jdbc.sql("select count(*) from exemplar x join exemplar_phase p on p.id = x.phase_id"
                                + " where x.tenant_id = :u and p.start_year = 2026")
                        .param("u", logins.unitId("MN-QUANGTRUNG-TN"))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        go("exemplars/" + exemplar("Lê Thị Hồng Nhung"));
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("exemplar-title").getText()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat($(Span.class).id("exemplar-meta").getText())
                .contains("Đổi mới dạy học", "2026–2030", "Người phụ trách: ");
        Grid<TimelineItem> timeline = $(Grid.class).id("exemplar-timeline");
        int rows = test(timeline).size();
        assertThat(rows).isGreaterThanOrEqualTo(5);
        assertThat(test(timeline).getRow(0).stage()).isEqualTo(ExemplarStage.PHAT_HIEN);
        for (int i = 1; i < rows; i++) {
            assertThat(test(timeline).getRow(i).date())
                    .isAfterOrEqualTo(test(timeline).getRow(i - 1).date());
        }
        assertThat(java.util.stream.IntStream.range(0, rows)
                        .mapToObj(i -> test(timeline).getCellText(i, 3)))
                .contains("Tiết dạy, hoạt động mẫu · 24 người tham dự, 3 đơn vị", "Kế hoạch")
                .anyMatch(t -> t.startsWith("Năm học 2026-2027") || t.startsWith("Khen thưởng năm học 2026-2027"));

        // a date outside the phase: refused on the page, nothing added
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("exemplar-entry-date"))
                .setValue(java.time.LocalDate.of(2031, 3, 1));
        test($(TextArea.class).id("exemplar-entry-text")).setValue("Ngoài giai đoạn");
        test($(Button.class).id("exemplar-entry-save")).click();
        assertThat(test($(Grid.class).id("exemplar-timeline")).size()).isEqualTo(rows);
        // inside the phase it is added to the timeline
        test($(com.vaadin.flow.component.datepicker.DatePicker.class).id("exemplar-entry-date"))
                .setValue(java.time.LocalDate.of(2027, 3, 1));
        test($(TextArea.class).id("exemplar-entry-text")).setValue("Dự giờ góp ý tháng 3");
        test($(Button.class).id("exemplar-entry-save")).click();
        assertThat(test($(Grid.class).id("exemplar-timeline")).size()).isEqualTo(rows + 1);

        // the criteria edited on the page; a mentor from another unit cannot be chosen (only the unit's members listed)
        test($(TextArea.class).id("exemplar-describe-criteria"))
                .setValue("Ít nhất 2 hoạt động trải nghiệm mẫu mỗi năm học; sáng kiến cấp cơ sở.");
        test($(Button.class).id("exemplar-describe-save")).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("exemplar-criteria")
                        .getText())
                .isEqualTo("Tiêu chí xây dựng: Ít nhất 2 hoạt động trải nghiệm mẫu mỗi năm học; sáng kiến cấp cơ sở.");
        assertThat($(Span.class).id("exemplar-meta").getText()).doesNotContain("chưa phân công");
    }

    Button inActions(Grid<TimelineItem> grid, int row, String id) {
        return ((HorizontalLayout) test(grid).getCellComponent(row, "actions"))
                .getChildren()
                .filter(c -> id.equals(c.getId().orElse(null)))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in the row"));
    }

    int rowOf(Grid<TimelineItem> grid, String text) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An entry added on the page, corrected in the edit dialog (a date outside the phase shown in the dialog, nothing
     * changed), then deleted after the confirmation.
     */
    @Test
    @SuppressWarnings("unchecked")
    void thePrincipalEditsAndDeletesAnEntry() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/" + exemplar("Đỗ Thị Lan Anh"));
        int rows =
                test((Grid<TimelineItem>) $(Grid.class).id("exemplar-timeline")).size();
        test($(DatePicker.class).id("exemplar-entry-date")).setValue(LocalDate.of(2028, 2, 14));
        test($(TextArea.class).id("exemplar-entry-text")).setValue("Phát hiện qua hội giảng (để sửa)");
        test($(Button.class).id("exemplar-entry-save")).click();
        Grid<TimelineItem> timeline = $(Grid.class).id("exemplar-timeline");
        assertThat(test(timeline).size()).isEqualTo(rows + 1);
        int row = rowOf(timeline, "Phát hiện qua hội giảng (để sửa)");
        long id = test(timeline).getRow(row).id();

        test(inActions(timeline, row, "exemplar-entry-edit-" + id)).click();
        assertThat($(DatePicker.class).id("exemplar-edit-date").getValue()).isEqualTo(LocalDate.of(2028, 2, 14));
        // a discovery has neither the done flag nor replication figures (only visible fields are found)
        assertThat($(Checkbox.class).all())
                .noneMatch(c -> "exemplar-edit-done".equals(c.getId().orElse(null)));
        assertThat($(IntegerField.class).all())
                .noneMatch(f -> f.getId().orElse("").startsWith("exemplar-edit-"));
        test($(DatePicker.class).id("exemplar-edit-date")).setValue(LocalDate.of(2031, 2, 14));
        test($(TextArea.class).id("exemplar-edit-text")).setValue("Phát hiện qua hội giảng cấp trường");
        test($(Button.class).id("exemplar-edit-save")).click();
        assertThat($(Span.class).id("exemplar-edit-error").getText()).contains("14/02/2031", "2026–2030");
        assertThat(service.details(exemplar("Đỗ Thị Lan Anh")).timeline())
                .filteredOn(t -> t.id() == id)
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("Phát hiện qua hội giảng (để sửa)"));
        test($(DatePicker.class).id("exemplar-edit-date")).setValue(LocalDate.of(2028, 2, 20));
        test($(Button.class).id("exemplar-edit-save")).click();
        timeline = $(Grid.class).id("exemplar-timeline");
        assertThat(rowOf(timeline, "Phát hiện qua hội giảng (để sửa)")).isEqualTo(-1);
        row = rowOf(timeline, "Phát hiện qua hội giảng cấp trường");
        assertThat(test(timeline).getRow(row).date()).isEqualTo(LocalDate.of(2028, 2, 20));
        assertThat(test(timeline).getRow(row).stage()).isEqualTo(ExemplarStage.PHAT_HIEN);

        test(inActions(timeline, row, "exemplar-entry-delete-" + id)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("exemplar-entry-delete-confirm");
        assertThat(test(confirm).getText()).contains("Phát hiện qua hội giảng cấp trường");
        test(confirm).confirm();
        timeline = $(Grid.class).id("exemplar-timeline");
        assertThat(test(timeline).size()).isEqualTo(rows);
        assertThat(rowOf(timeline, "Phát hiện qua hội giảng cấp trường")).isEqualTo(-1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherReadsTheRegistryWithoutTools() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars");
        assertThat(errorTitle()).isNull();
        Grid<ExemplarSummary> grid = $(Grid.class).id("exemplars-grid");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat($(Button.class).all())
                .noneMatch(b -> b.getId().isPresent() && b.getId().get().startsWith("exemplars-"));
        go("exemplars/" + exemplar("Trần Thị Hoa"));
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("exemplar-title").getText()).isEqualTo("Trần Thị Hoa");
        assertThat(test((Grid<TimelineItem>) $(Grid.class).id("exemplar-timeline"))
                        .size())
                .isGreaterThanOrEqualTo(4);
        assertThat($(Button.class).all())
                .noneMatch(b -> "exemplar-entry-save".equals(b.getId().orElse(null)));
        Grid<TimelineItem> timeline = $(Grid.class).id("exemplar-timeline");
        assertThat(((HorizontalLayout) test(timeline).getCellComponent(0, "actions")).getChildren())
                .isEmpty();
    }
}
