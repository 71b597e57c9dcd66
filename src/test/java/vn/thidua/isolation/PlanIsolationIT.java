package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.plan.LineageNode;
import vn.thidua.plan.MovementData;
import vn.thidua.plan.MovementKind;
import vn.thidua.plan.MovementService;
import vn.thidua.plan.MovementSummary;
import vn.thidua.plan.PlanExports;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanSummary;
import vn.thidua.shared.NotFoundException;

/**
 * Plans and movements go down the tree (ADR 0010): a draft is its unit's alone — never a sibling's, an upper
 * unit's or another province's, through any service or export; an issued plan is read by the units below the issuer
 * and by the units above it; a movement is seen below its launcher only once launched.
 */
@IntegrationTest
class PlanIsolationIT {

    @Autowired
    TestLogins logins;

    @Autowired
    PlanService plans;

    @Autowired
    PlanExports exports;

    @Autowired
    MovementService movements;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    long demoPlan(String unitCode, String status) {
        return jdbc.sql("select max(id) from plan_document where unit_id = :u and status = :s")
                .param("u", logins.unitId(unitCode))
                .param("s", status)
                .query(Long.class)
                .single();
    }

    /** Every way a plan id can be used by another unit: each must say "not found". */
    List<Consumer<Long>> everyRead() {
        return List.of(
                plans::get,
                plans::deriveFrom,
                plans::basisFor,
                plans::memberBoard,
                exports::docx,
                exports::pdf,
                exports::previewHtml,
                id -> plans.amend(id),
                id -> plans.deleteDraft(id, 0));
    }

    void unreachable(long planId) {
        for (Consumer<Long> read : everyRead()) {
            assertThatThrownBy(() -> read.accept(planId)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aDraftIsItsUnitsAlone() {
        long draft = demoPlan("THCS-NHATRANG-TN", "DRAFT");
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN"); // sibling school
        unreachable(draft);
        logins.as("vhxh.pdp", "XA-PDP-TN"); // the office above
        unreachable(draft);
        assertThat(plans.memberBoard(demoPlan("XA-PDP-TN", "ISSUED")))
                .filteredOn(m -> m.unitName().equals("Trường Trung học cơ sở Nha Trang"))
                .singleElement()
                .satisfies(m -> assertThat(m.implementingPlan()).isNull());
        logins.as("admin.sgd.tn", "SGD-TN"); // the department
        unreachable(draft);
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT"); // another province
        unreachable(draft);
        logins.as("gv.thcsnt", "THCS-NHATRANG-TN"); // a teacher of the unit reads what was issued only
        assertThatThrownBy(() -> plans.get(draft)).isInstanceOf(NotFoundException.class);
        assertThat(plans.ownPlans()).allMatch(PlanSummary::issued);
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        assertThat(plans.get(draft).own()).isTrue();
    }

    @Test
    void issuedPlansAreReadDownAndUpButNeverAcrossProvinces() {
        long sở = demoPlan("SGD-TN", "ISSUED");
        long school = demoPlan("MN-QUANGTRUNG-TN", "ISSUED");
        // down: every school of the department, through its commune office
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThat(plans.upperPlans()).extracting(PlanSummary::id).contains(sở);
        // up: the department reads the school's issued plan; a sibling school does not
        logins.as("admin.sgd.tn", "SGD-TN");
        assertThat(plans.get(school).own()).isFalse();
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThatThrownBy(() -> plans.get(school)).isInstanceOf(NotFoundException.class);
        // across provinces: nothing
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        unreachable(sở);
        unreachable(school);
        assertThat(plans.upperPlans()).extracting(PlanSummary::unitName).allMatch(n -> !n.contains("Thái Nguyên"));
        long dtMovement =
                plans.get(demoPlan("THCS-TANHOCO-DT", "ISSUED")).summary().movementId();
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThatThrownBy(() -> plans.lineage(dtMovement)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> movements.get(dtMovement)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatAUnitListsIsItsOwnOrIssuedInItsLine() {
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long me = logins.unitId("MN-QUANGTRUNG-TN");
        assertThat(plans.ownPlans()).allMatch(p -> p.unitId() == me);
        assertThat(plans.upperPlans())
                .isNotEmpty()
                .allMatch(PlanSummary::issued)
                .extracting(PlanSummary::unitName)
                .allMatch(n -> n.contains("Thái Nguyên") || n.contains("Phan Đình Phùng"));
        for (MovementSummary m : movements.list()) {
            for (PlanSummary p : flatten(plans.lineage(m.id()))) {
                assertThat(p.unitId() == me || p.issued()).isTrue();
            }
        }
    }

    @Test
    void aMovementIsSeenBelowOnlyOnceLaunched() {
        logins.as("admin.sgd.tn", "SGD-TN");
        long movement = movements.create(new MovementData(
                "Phong trào chưa phát động", MovementKind.CAMPAIGN, 2026, 2027, null, null, List.of(), 0));
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(movements.list()).extracting(MovementSummary::id).doesNotContain(movement);
        assertThatThrownBy(() -> movements.get(movement)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.create(null, movement)).isInstanceOf(NotFoundException.class);
        logins.as("admin.sgd.tn", "SGD-TN");
        movements.launch(movement, movements.get(movement).version());
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(movements.list()).extracting(MovementSummary::id).contains(movement);
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        assertThat(movements.list()).extracting(MovementSummary::id).doesNotContain(movement);
    }

    static List<PlanSummary> flatten(List<LineageNode> nodes) {
        List<PlanSummary> all = new ArrayList<>();
        for (LineageNode n : nodes) {
            all.add(n.plan());
            all.addAll(flatten(n.children()));
        }
        return all;
    }
}
