package vn.thidua.plan;

/** A plan was issued (ban hành): the units below now find it under "Văn bản cấp trên". */
public record PlanIssued(
        long planId, long unitId, String numberText, String subject, Long movementId, Long parentPlanId) {}
