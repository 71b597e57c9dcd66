package vn.thidua.plan.ui;

import com.vaadin.flow.component.Component;
import vn.thidua.plan.PlanSummary;

/** Shared wording of plan numbers and statuses in the plan views. */
final class PlanLabels {

    private PlanLabels() {}

    static String number(Component c, PlanSummary p) {
        return p.numberText() == null ? c.getTranslation("plan.status.DRAFT") : p.numberText();
    }

    static String status(Component c, PlanSummary p) {
        String status = c.getTranslation("plan.status." + p.status().name());
        return p.edition() > 1 ? status + " · " + c.getTranslation("plan.edition", p.edition()) : status;
    }
}
