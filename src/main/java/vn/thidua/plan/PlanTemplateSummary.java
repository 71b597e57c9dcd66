package vn.thidua.plan;

/**
 * A template to start a plan from: a starter shipped with the product ({@code id} null, {@code key} its file
 * name) or one of the unit's own ({@code key} "unit:" + id).
 */
public record PlanTemplateSummary(String key, Long id, String name, String subject, boolean shipped) {}
