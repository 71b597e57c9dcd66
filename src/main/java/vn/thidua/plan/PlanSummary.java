package vn.thidua.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan in lists, inboxes and lineage trees. {@code numberText} is null for a draft. */
public record PlanSummary(
        long id,
        long unitId,
        String unitName,
        PlanStatus status,
        boolean council,
        String numberText,
        LocalDate issueDate,
        String subject,
        Long movementId,
        Long parentPlanId,
        Long amendsPlanId,
        Long amendedById,
        int edition,
        Instant updatedAt) {

    /** "Kế hoạch số 91/KH-MNQT ngày 20/10/2016" style label, or the subject of a draft. */
    public boolean issued() {
        return status != PlanStatus.DRAFT;
    }
}
