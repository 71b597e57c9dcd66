package vn.thidua.plan;

/**
 * A member unit on the board of an upper plan: its issued implementing plan, or null when it has none yet (a
 * draft below is never shown).
 */
public record MemberPlanStatus(long unitId, String unitName, PlanSummary implementingPlan) {}
