package vn.thidua.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.plan.domain.Movement;
import vn.thidua.plan.domain.MovementRepository;
import vn.thidua.plan.domain.PlanDocument;
import vn.thidua.plan.domain.PlanDocumentRepository;
import vn.thidua.shared.Permission;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.UnitSuperior;

/**
 * The one place that decides which plans and movements a unit may read (ADR 0010): its own (drafts only for those
 * who write plans); issued
 * plans and launched movements of a unit it reports to now (any date — a current office may record its older plans)
 * or reported to on the plan's date (a district office's plans before the 2025 reform); issued plans of its subtree.
 */
@Component
class PlanAccess {

    private final PlanDocumentRepository plans;
    private final MovementRepository movements;
    private final OrgUnitService orgUnits;

    PlanAccess(PlanDocumentRepository plans, MovementRepository movements, OrgUnitService orgUnits) {
        this.plans = plans;
        this.movements = movements;
        this.orgUnits = orgUnits;
    }

    /** A plan the viewer may read, or empty. */
    Optional<PlanDocument> readable(long planId, PortalPrincipal me) {
        Optional<PlanDocument> own = plans.findOwn(planId, me.activeUnitId()).filter(p -> mayRead(p, me));
        return own.isPresent()
                ? own
                : issuedAbove(planId, me)
                        .or(() -> plans.findIssuedBelow(me.activeUnitPath(), me.activeUnitId(), planId));
    }

    /** Drafts are read by the people who write plans; the rest of the unit reads what was issued. */
    static boolean mayRead(PlanDocument own, PortalPrincipal me) {
        return !own.isDraft() || me.can(Permission.PLAN_MANAGE);
    }

    /** An issued plan of a unit above the viewer, or empty. */
    Optional<PlanDocument> issuedAbove(long planId, PortalPrincipal me) {
        List<UnitSuperior> superiors = orgUnits.superiorsOf(me.activeUnitId());
        return superiors.isEmpty()
                ? Optional.empty()
                : plans.findIssuedByAny(planId, ids(superiors)).filter(p -> issuedWhileAbove(p, superiors));
    }

    /** The issued plans of the units above the viewer ("Văn bản cấp trên"), newest first. */
    List<PlanDocument> issuedAbove(PortalPrincipal me) {
        List<UnitSuperior> superiors = orgUnits.superiorsOf(me.activeUnitId());
        return superiors.isEmpty()
                ? List.of()
                : plans.findIssuedBy(ids(superiors)).stream()
                        .filter(p -> issuedWhileAbove(p, superiors))
                        .toList();
    }

    /** The issued plans of one movement by the units above the viewer. */
    List<PlanDocument> issuedAboveInMovement(long movementId, PortalPrincipal me) {
        List<UnitSuperior> superiors = orgUnits.superiorsOf(me.activeUnitId());
        return superiors.isEmpty()
                ? List.of()
                : plans.findIssuedBy(ids(superiors), movementId).stream()
                        .filter(p -> issuedWhileAbove(p, superiors))
                        .toList();
    }

    /** A movement the viewer may read: its own, or launched by a unit above it. */
    Optional<Movement> movement(long movementId, PortalPrincipal me) {
        return movements.findVisible(movementId, me.activeUnitId(), superiorIds(me));
    }

    /** The movements the viewer may read. */
    List<Movement> movements(PortalPrincipal me) {
        return movements.findVisible(me.activeUnitId(), superiorIds(me));
    }

    /** The ids of every unit above the viewer, ever; never empty (a query "in ()" is not portable). */
    private List<Long> superiorIds(PortalPrincipal me) {
        List<Long> ids = ids(orgUnits.superiorsOf(me.activeUnitId()));
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static List<Long> ids(List<UnitSuperior> superiors) {
        return superiors.stream().map(UnitSuperior::unitId).distinct().toList();
    }

    private static boolean issuedWhileAbove(PlanDocument p, List<UnitSuperior> superiors) {
        return p.getIssueDate() != null
                && superiors.stream()
                        .anyMatch(s -> s.unitId() == p.getUnitId() && (s.to() == null || s.covers(p.getIssueDate())));
    }
}
