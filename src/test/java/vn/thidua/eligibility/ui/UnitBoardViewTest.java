package vn.thidua.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.eligibility.InitiativeLevel;
import vn.thidua.eligibility.Rating;
import vn.thidua.eligibility.UnitEligibilityService.PersonRow;

/** The officer judges the school's people from recorded facts; bad input changes nothing; teachers do not see it. */
class UnitBoardViewTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    Grid<PersonRow> grid() {
        return $(Grid.class).id("board-grid");
    }

    PersonRow row(String name) {
        return test(grid()).size() == 0
                ? null
                : grid().getGenericDataView()
                        .getItems()
                        .filter(r -> r.name().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    long factRows() {
        return jdbc.sql("select count(*) from elig_person_year")
                .query(Long.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadRecordsAnInitiativeAndTheVerdictFollows() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("eligibility");
        assertThat(errorTitle()).isNull();
        assertThat($(Paragraph.class).id("board-scale").getText()).contains("Luật Thi đua, khen thưởng");
        // recorded by the officer in the demo: her initiative, so she qualifies for CSTĐ cơ sở
        PersonRow nhung = row("Lê Thị Hồng Nhung");
        assertThat(nhung.registered()).containsExactly("Chiến sĩ thi đua cơ sở", "Lao động tiên tiến");
        assertThat(nhung.facts().initiative()).isEqualTo(InitiativeLevel.UNIT);
        assertThat(nhung.eligibleFor("CSTD_CO_SO")).isTrue();
        // 9 months of service recorded: not Lao động tiên tiến
        assertThat(row("Vũ Thị Ngân").eligibleFor("LDTT")).isFalse();

        PersonRow hoa = row("Trần Thị Hoa");
        assertThat(hoa.registered()).containsExactly("Lao động tiên tiến");
        assertThat(hoa.facts().initiative()).isNull();
        grid().select(hoa);
        assertThat($(Span.class).id("board-verdict-CSTD_CO_SO").getText()).startsWith("Chưa đủ điều kiện");
        assertThat($(VerticalLayout.class).id("board-detail").getElement().getTextRecursively())
                .contains("Chưa đạt: cần sáng kiến được công nhận từ cấp cơ sở, hiện: chưa có");

        // months out of range: refused where the officer is, nothing written
        long before = factRows();
        test((Select<InitiativeLevel>) $(Select.class).id("board-initiative")).selectItem("cơ sở");
        test($(TextField.class).id("board-initiative-title"))
                .setValue("Ứng dụng trò chơi dân gian trong hoạt động phát triển vận động cho trẻ 5 tuổi");
        $(IntegerField.class).id("board-months").setValue(13);
        test($(Button.class).id("board-save")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("từ 0 đến 12");
        assertThat(factRows()).isEqualTo(before);

        test($(IntegerField.class).id("board-months")).setValue(12);
        test($(Button.class).id("board-save")).click();
        assertThat(factRows()).isEqualTo(before + 1);
        PersonRow after = row("Trần Thị Hoa");
        assertThat(after.facts().initiative()).isEqualTo(InitiativeLevel.UNIT);
        assertThat($(TextField.class).id("board-initiative-title").getValue()).startsWith("Ứng dụng trò chơi dân gian");
        assertThat($(VerticalLayout.class).id("board-detail").getElement().getTextRecursively())
                .contains("Có sáng kiến được công nhận cấp cơ sở")
                .doesNotContain("cần sáng kiến được công nhận từ cấp cơ sở");
        assertThat(jdbc.sql("select changes from audit_entry where entity_type = 'ELIGIBILITY_FACTS'"
                                + " order by id desc")
                        .query(String.class)
                        .list()
                        .getFirst())
                .contains("initiative: ∅ → UNIT")
                .contains("Trần Thị Hoa");
        assertThat(after.eligibleFor("CSTD_CO_SO")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUnitsRatingAndTheDateChangeTheVerdicts() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("eligibility");
        String unit = $(VerticalLayout.class).id("board-unit").getElement().getTextRecursively();
        assertThat(unit).contains("Tập thể: Trường Mầm non Quang Trung");
        assertThat($(Span.class).id("board-unit-TTLDXS").getText()).startsWith("Chưa đủ điều kiện");
        test((Select<Rating>) $(Select.class).id("board-unit-rating")).selectItem("hoàn thành xuất sắc nhiệm vụ");
        assertThat($(VerticalLayout.class).id("board-unit").getElement().getTextRecursively())
                .doesNotContain("Chưa đạt: cần xếp loại từ mức hoàn thành xuất sắc nhiệm vụ");
        // Thái Nguyên's quota on CSTĐ cơ sở is checked over the school
        assertThat($(VerticalLayout.class).id("board-unit").getElement().getTextRecursively())
                .contains("Chiến sĩ thi đua cơ sở")
                .contains("15%");

        // judged under the legacy rules: no rating scale, so nobody is rated from scores
        test($(DatePicker.class).id("board-date")).setValue(LocalDate.of(2023, 5, 25));
        assertThat($(Paragraph.class).id("board-scale").getText()).contains("không xếp loại theo điểm");
        assertThat(grid().getGenericDataView().getItems().allMatch(r -> r.rating() == null))
                .isTrue();
    }

    @Autowired
    vn.thidua.eligibility.UnitEligibilityService service;

    @Test
    void anotherSchoolCannotRecordOrReadFactsOfThisSchoolsPeople() {
        long nhung = logins.userId("gv.mnqt");
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        long before = factRows();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.record(
                        "2026-2027",
                        nhung,
                        new vn.thidua.eligibility.UnitEligibilityService.Facts(
                                InitiativeLevel.UNIT, "Sáng kiến", null, 12)))
                .isInstanceOf(vn.thidua.shared.NotFoundException.class);
        assertThat(factRows()).isEqualTo(before);
        go("eligibility");
        assertThat(grid().getGenericDataView().getItems().map(PersonRow::name)).doesNotContain("Lê Thị Hồng Nhung");
    }

    @Test
    void aTeacherCannotOpenTheBoard() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("eligibility");
        assertThat($(Grid.class).all())
                .noneMatch(g -> "board-grid".equals(g.getId().orElse(null)));
    }
}
