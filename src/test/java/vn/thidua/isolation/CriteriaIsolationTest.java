package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoringService;
import vn.thidua.shared.NotFoundException;

/**
 * Criteria sets, score sheets and score cards of the demo (ADR 0013): the school's sheet and cards are its alone —
 * never a sibling school's, the office's above it or another province's, through the services or ids typed into the
 * URL; the office's published set is read below it, the school's set is not read above it.
 */
class CriteriaIsolationTest extends ViewTest {

    @Autowired
    CriteriaService criteria;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    ScoringService scoring;

    @Autowired
    JdbcClient jdbc;

    record Case(String user, String unit, boolean sheetInReach, boolean officeSetInReach) {}

    static final List<Case> CASES = List.of(
            new Case("hieutruong.mnqt", "MN-QUANGTRUNG-TN", true, true),
            new Case("hieutruong.thtv", "TH-TRUNGVUONG-TN", false, true),
            new Case("vhxh.pdp", "XA-PDP-TN", false, true),
            new Case("thiduakt.sgd.tn", "SGD-TN", false, false),
            new Case("vhxh.tanhoco", "XA-TANHOCO-DT", false, false));

    long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @TestFactory
    Stream<DynamicTest> theSchoolsSheetAndCardsStayWithTheSchool() {
        long sheet = id("select min(id) from score_sheet");
        long card = id("select min(id) from score_card");
        long officeSet = id("select min(id) from criteria_set where status = 'PUBLISHED'");
        long schoolSet = id("select max(id) from criteria_set where parent_set_id = " + officeSet);
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.user() + "@" + c.unit() + " → sheet " + c.sheetInReach(), () -> {
                loginAs(c.user(), c.unit());
                if (c.sheetInReach()) {
                    assertThat(sheets.get(sheet).id()).isEqualTo(sheet);
                    assertThat(scoring.card(card).id()).isEqualTo(card);
                    assertThat(criteria.get(schoolSet).id()).isEqualTo(schoolSet);
                } else {
                    assertThatThrownBy(() -> sheets.get(sheet)).isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> scoring.card(card)).isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> criteria.get(schoolSet)).isInstanceOf(NotFoundException.class);
                }
                if (c.officeSetInReach()) {
                    assertThat(criteria.get(officeSet).id()).isEqualTo(officeSet);
                } else {
                    assertThatThrownBy(() -> criteria.get(officeSet)).isInstanceOf(NotFoundException.class);
                }
                go("score-review/" + sheet);
                if (c.sheetInReach()) {
                    assertThat(errorTitle()).isNull();
                } else {
                    assertThat(errorTitle()).isEqualTo("Không tìm thấy");
                    assertThat(UI.getCurrent().getElement().getTextRecursively())
                            .doesNotContain("Bảng điểm thi đua hằng tháng");
                }
                go("criteria/" + schoolSet);
                assertThat(errorTitle()).isEqualTo(c.sheetInReach() ? null : "Không tìm thấy");
            }));
        }
        return tests.stream();
    }
}
