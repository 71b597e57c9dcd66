package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.exemplar.EntryData;
import vn.thidua.exemplar.ExemplarData;
import vn.thidua.exemplar.ExemplarExports;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.shared.NotFoundException;

/**
 * MN Quang Trung's exemplars are its own: a sibling school and another province's department get "not found" for
 * every service call with one of its phase, exemplar or entry ids (marking done, editing or deleting an entry
 * included), and the exemplar page typed with such an id
 * shows the not-found page without any of its content.
 */
class ExemplarIsolationTest extends ViewTest {

    @Autowired
    ExemplarService exemplars;

    @Autowired
    ExemplarExports exports;

    @Autowired
    JdbcClient jdbc;

    long id(String sql) {
        return jdbc.sql(sql)
                .param("u", logins.unitId("MN-QUANGTRUNG-TN"))
                .query(Long.class)
                .single();
    }

    @Test
    void anotherUnitReachesNothingOfTheRegistryByItsIds() {
        long phase = id("select min(id) from exemplar_phase where tenant_id = :u");
        long exemplar = id("select min(id) from exemplar where tenant_id = :u");
        long entry = id("select min(id) from exemplar_entry where tenant_id = :u and done = false");
        long entries = id("select count(*) from exemplar_entry where tenant_id = :u");
        List<Consumer<Long>> phaseUses = List.of(
                exemplars::phase,
                exemplars::exemplars,
                exports::annexDocx,
                p -> exemplars.importFromRegistration(p, "2026-2027"),
                p -> exemplars.add(p, new ExemplarData(null, "Tổ X", ExemplarField.OTHER, null, null, null)));
        List<Consumer<Long>> exemplarUses = List.of(
                exemplars::details,
                x -> exemplars.addEntry(x, EntryData.of(ExemplarStage.PHAT_HIEN, LocalDate.of(2027, 1, 1), "x")),
                x -> exemplars.describe(x, ExemplarField.OTHER, "x"),
                x -> exemplars.assignMentor(x, null),
                x -> exemplars.update(x, ExemplarField.OTHER, null, null));
        for (String[] who : new String[][] {{"hieutruong.thtv", "TH-TRUNGVUONG-TN"}, {"admin.sgd.hn", "SGD-HN"}}) {
            logins.as(who[0], who[1]);
            for (Consumer<Long> use : phaseUses) {
                assertThatThrownBy(() -> use.accept(phase)).as(who[0]).isInstanceOf(NotFoundException.class);
            }
            for (Consumer<Long> use : exemplarUses) {
                assertThatThrownBy(() -> use.accept(exemplar)).as(who[0]).isInstanceOf(NotFoundException.class);
            }
            assertThatThrownBy(() -> exemplars.markDone(entry)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> exemplars.updateEntry(
                            entry, EntryData.of(null, LocalDate.of(2027, 1, 1), "Sửa hộ đơn vị khác")))
                    .as(who[0])
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> exemplars.deleteEntry(entry)).as(who[0]).isInstanceOf(NotFoundException.class);
            assertThat(exemplars.phases()).noneMatch(p -> p.id() == phase);
        }
        assertThat(id("select count(*) from exemplar_entry where tenant_id = :u"))
                .isEqualTo(entries);
        assertThat(id("select count(*) from exemplar_entry where tenant_id = :u and done = false and id = " + entry))
                .isEqualTo(1);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(exemplars.details(exemplar).summary().id()).isEqualTo(exemplar);
    }

    @Test
    void anExemplarIdTypedIntoTheUrlByAnotherUnitIsNotFound() {
        long exemplar = id("select min(id) from exemplar where tenant_id = :u");
        String name = jdbc.sql("select name from exemplar where id = :id")
                .param("id", exemplar)
                .query(String.class)
                .single();
        for (String[] who : new String[][] {{"hieutruong.thtv", "TH-TRUNGVUONG-TN"}, {"admin.sgd.hn", "SGD-HN"}}) {
            loginAs(who[0], who[1]);
            go("exemplars/" + exemplar);
            assertThat(errorTitle()).isEqualTo("Không tìm thấy");
            assertThat($(H2.class).all())
                    .noneMatch(h -> "exemplar-title".equals(h.getId().orElse(null)));
            assertThat($(H2.class).all()).noneMatch(h -> h.getText().equals(name));
            go("exemplars");
            assertThat(errorTitle()).isNull();
            @SuppressWarnings("unchecked")
            Grid<ExemplarSummary> grid = $(Grid.class).id("exemplars-grid");
            assertThat(test(grid).size()).isZero();
        }
        go("exemplars/abc");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/" + exemplar);
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("exemplar-title").getText()).isEqualTo(name);
    }
}
