package vn.thidua.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.plan.Milestone;
import vn.thidua.plan.MovementData;
import vn.thidua.plan.MovementKind;
import vn.thidua.plan.MovementService;
import vn.thidua.plan.PlanService;
import vn.thidua.shared.Dates;

/** The plan views as their users drive them: edit and issue a draft, a refused milestone, lineage, URL isolation. */
class PlanViewsTest extends ViewTest {

    @Autowired
    PlanService plans;

    @Autowired
    MovementService movements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPrincipalWritesAndIssuesAPlanInTheEditor() {
        loginAs("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        go("plans");
        test($(Button.class).id("plan-create")).click();
        test($(Button.class).id("plan-create-confirm")).click();
        assertThat($(H2.class).id("plan-title").getText()).isEqualTo("Kế hoạch (nháp)");

        // issuing a blank plan is refused where the user is, and nothing is numbered
        test($(Button.class).id("plan-issue")).click();
        test($(Button.class).id("plan-issue-confirm")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("trích yếu");
        $(com.vaadin.flow.component.dialog.Dialog.class).all().forEach(com.vaadin.flow.component.dialog.Dialog::close);

        String subject = "Kế hoạch thi đua chào mừng 20/11 " + UUID.randomUUID();
        test($(TextArea.class).id("plan-subject")).setValue(subject);
        test($(TextField.class).id("plan-place")).setValue("Phan Đình Phùng");
        test($(TextField.class).id("plan-signer-title")).setValue("Hiệu trưởng");
        test($(TextField.class).id("plan-signer-name")).setValue("Ngô Thị Thu Hà");
        test($(Button.class).id("plan-section-add")).click();
        test($(TextField.class).id("plan-section-heading-0")).setValue("I. MỤC ĐÍCH, YÊU CẦU");
        test($(TextArea.class).id("plan-section-body-0"))
                .setValue("**1. Mục đích**\n- Tôn vinh nhà giáo nhân ngày 20/11.");
        test($(Button.class).id("plan-save")).click();
        Long id = jdbc.sql("select id from plan_document where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
        assertThat(plans.get(id).data().content().sections()).hasSize(1);

        test($(Button.class).id("plan-issue")).click();
        test($(Button.class).id("plan-issue-confirm")).click();
        String number = plans.get(id).summary().numberText();
        assertThat(number).matches("\\d{2,}/KH-THCSNT");
        assertThat($(H2.class).id("plan-title").getText()).isEqualTo("Kế hoạch số " + number);
        assertThat($(Span.class).id("plan-status").getText()).isEqualTo("Đã ban hành");
        assertThat($(Div.class).id("plan-document").getElement().getTextRecursively())
                .isNotNull();
        assertThat($(Button.class).all())
                .noneMatch(b -> "plan-save".equals(b.getId().orElse(null)));
    }

    @Test
    void aMilestoneLaterThanTheUpperPlanIsRefusedAndTheFormKeepsItsValues() {
        loginAs("admin.sgd.tn", "SGD-TN");
        long upper = plans.create("1-ke-hoach-thi-dua-nam-hoc", null);
        var d = plans.get(upper).data();
        var c = d.content();
        plans.save(
                upper,
                d.withHeader(
                                d.issueDate(),
                                "Thái Nguyên",
                                "UBND tỉnh Thái Nguyên",
                                "Kế hoạch thi đua năm học " + UUID.randomUUID())
                        .withSigner("", "Giám đốc", "", "Phạm Văn Tâm")
                        .withContent(c.withTimeline(List.of(
                                new Milestone("Sơ kết học kỳ I", Dates.today().plusDays(40), "Các đơn vị", null)))));
        plans.issue(upper, plans.get(upper).data().version());

        loginAs("vhxh.pdp", "XA-PDP-TN");
        long derived = plans.deriveFrom(upper);
        go("plans/" + derived);
        DatePicker due = $(DatePicker.class).id("plan-timeline-due-0");
        assertThat(due.getHelperText()).contains(Dates.format(Dates.today().plusDays(40)));
        // the picker marks a later date invalid; typed anyway, the server refuses it with both dates
        due.setValue(Dates.today().plusDays(45));
        test($(Button.class).id("plan-save")).click();
        assertThat(test($(Notification.class).last()).getText())
                .contains(Dates.format(Dates.today().plusDays(45)))
                .contains(Dates.format(Dates.today().plusDays(40)));
        assertThat($(DatePicker.class).id("plan-timeline-due-0").getValue())
                .isEqualTo(Dates.today().plusDays(45));
        assertThat(plans.get(derived).data().content().timeline().getFirst().due())
                .isEqualTo(Dates.today().plusDays(40));
    }

    @Test
    void aMovementShowsItsLineage() {
        loginAs("admin.sgd.tn", "SGD-TN");
        long movement = movements.create(new MovementData(
                "Phong trào kiểm thử " + UUID.randomUUID(),
                MovementKind.THEMATIC,
                2026,
                2027,
                null,
                "100% trường xây dựng kế hoạch",
                List.of(new Milestone("Tổng kết", Dates.today().plusDays(100), null, null)),
                0));
        go("movements/" + movement);
        test($(Button.class).id("movement-launch")).click();
        assertThat(movements.get(movement).summary().status().name()).isEqualTo("LAUNCHED");
        assertThat($(Span.class).id("movement-lineage-empty")).isNotNull();
        long plan = plans.create("2-ke-hoach-phong-trao", movement);
        go("movements/" + movement);
        @SuppressWarnings("unchecked")
        TreeGrid<Object> tree = $(TreeGrid.class).id("movement-lineage");
        assertThat(test(tree).size()).isEqualTo(1);
        assertThat(plan).isPositive();

        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("movements");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("movement-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        go("movements/" + movement);
        // the Sở's draft plan is not part of what the school sees
        assertThat($(Span.class).id("movement-lineage-empty")).isNotNull();
    }

    @Test
    void aUnitContinuesItsPaperRegisterAndCannotGoBack() {
        loginAs("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        go("plans");
        test($(Button.class).id("plan-number-register")).click();
        com.vaadin.flow.component.textfield.IntegerField last =
                $(com.vaadin.flow.component.textfield.IntegerField.class).id("numbering-last-UNIT");
        int current = last.getValue();
        test(last).setValue(current + 215);
        test($(Button.class).id("numbering-save-UNIT")).click();
        assertThat(test($(Notification.class).last()).getText()).contains(String.valueOf(current + 216));
        long id = plans.create("1-ke-hoach-thi-dua-nam-hoc", null);
        var d = plans.get(id).data();
        plans.save(
                id,
                d.withHeader(d.issueDate(), "Tân Hộ Cơ", d.parentBody(), "Kế hoạch " + UUID.randomUUID())
                        .withSigner("", "Hiệu trưởng", "", "Nguyễn Văn Hiếu"));
        assertThat(plans.issue(id, plans.get(id).data().version()).numberText())
                .isEqualTo((current + 216) + "/KH-THCSTHC");
        // going back would issue a number twice
        $(com.vaadin.flow.component.dialog.Dialog.class).all().forEach(com.vaadin.flow.component.dialog.Dialog::close);
        go("plans");
        test($(Button.class).id("plan-number-register")).click();
        last = $(com.vaadin.flow.component.textfield.IntegerField.class).id("numbering-last-UNIT");
        last.setValue(5);
        test($(Button.class).id("numbering-save-UNIT")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("không thể lùi số");
    }

    @Test
    void aSchoolWithoutItsImplementingPlanFindsItOnItsHomePage() {
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("home-todo")
                        .getElement()
                        .getTextRecursively())
                .contains("Chưa có kế hoạch thực hiện Kế hoạch số 825/KH-VHXH")
                .contains("1441/KH-SGDĐT-VP");
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("home-todo")
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("825/KH-VHXH")
                .doesNotContain("1441/KH-SGDĐT-VP"); // answered through the ward's plan
        long office = jdbc.sql("select id from plan_document where number_text = '825/KH-VHXH'")
                .query(Long.class)
                .single();
        go("plans/" + office);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .anyMatch(a -> a.getText().equals("Kế hoạch thực hiện của đơn vị: 91/KH-MNQT"));
    }

    @Test
    void anotherUnitsDraftOrAnotherProvincesPlanIsNotFoundByUrl() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long draft = plans.create(null, null);
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("plans/" + draft);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("plans/" + draft);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        go("plans/" + draft);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("plans/" + draft);
        assertThat(errorTitle()).isNull();
    }
}
