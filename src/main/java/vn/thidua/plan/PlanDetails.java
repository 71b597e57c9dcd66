package vn.thidua.plan;

/**
 * A plan with everything the editor and the exports need.
 *
 * @param summary the list data
 * @param data the editable fields (read-only once issued)
 * @param own whether it belongs to the active unit
 * @param parent the upper plan it implements, if any
 * @param movementName the movement it belongs to, if any
 */
public record PlanDetails(PlanSummary summary, PlanData data, boolean own, PlanSummary parent, String movementName) {}
