package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.thidua.ViewTest;

/**
 * The isolation harness, through the address bar: every route that names a unit, typed with the id of a unit
 * outside the active unit's subtree, shows "not found" and nothing of that unit; inside the subtree it opens.
 * Later issues add their routes to {@link #ROUTES}.
 */
class RouteIsolationTest extends ViewTest {

    /** Routes with a unit id, and the permission they need (units outside reach must be "not found" anyway). */
    static final List<String> ROUTES =
            List.of("units/%d/profile", "units/%d/users", "units/%d/users/import", "dashboard/%d");

    record Case(String user, String activeUnit, String target, boolean inReach) {}

    static final List<Case> CASES = List.of(
            new Case("hieutruong.mnqt", "MN-QUANGTRUNG-TN", "MN-QUANGTRUNG-TN", true),
            new Case("hieutruong.mnqt", "MN-QUANGTRUNG-TN", "TH-TRUNGVUONG-TN", false),
            new Case("hieutruong.mnqt", "MN-QUANGTRUNG-TN", "XA-PDP-TN", false),
            new Case("hieutruong.mnqt", "MN-QUANGTRUNG-TN", "SGD-TN", false),
            new Case("hieutruong.mnqt", "MN-QUANGTRUNG-TN", "THCS-TANHOCO-DT", false),
            new Case("vhxh.pdp", "XA-PDP-TN", "MN-QUANGTRUNG-TN", true),
            new Case("vhxh.pdp", "XA-PDP-TN", "XA-QUYETTHANG-TN", false),
            new Case("vhxh.pdp", "XA-PDP-TN", "MN-THINHDAN-TN", false),
            new Case("vhxh.pdp", "XA-PDP-TN", "SGD-TN", false),
            new Case("vhxh.pdp", "XA-PDP-TN", "XA-TANHOCO-DT", false),
            new Case("admin.sgd.tn", "SGD-TN", "MN-QUANGTRUNG-TN", true),
            new Case("admin.sgd.tn", "SGD-TN", "SGD-DT", false),
            new Case("admin.sgd.tn", "SGD-TN", "THCS-TANHOCO-DT", false));

    @TestFactory
    Stream<DynamicTest> idsTypedIntoTheUrl() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            for (String route : ROUTES) {
                tests.add(DynamicTest.dynamicTest(
                        "%s@%s opens %s of %s → %s"
                                .formatted(
                                        c.user(),
                                        c.activeUnit(),
                                        route,
                                        c.target(),
                                        c.inReach() ? "shown" : "not found"),
                        () -> {
                            loginAs(c.user(), c.activeUnit());
                            go(route.formatted(logins.unitId(c.target())));
                            String page = UI.getCurrent().getElement().getTextRecursively();
                            if (c.inReach()) {
                                assertThat(errorTitle()).isNull();
                            } else {
                                assertThat(errorTitle()).isEqualTo("Không tìm thấy");
                                assertThat(page).doesNotContain(c.target());
                            }
                        }));
            }
        }
        return tests.stream();
    }
}
