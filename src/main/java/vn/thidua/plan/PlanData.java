package vn.thidua.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the editor of a draft plan saves; {@code version} guards against concurrent edits. {@code draftingUnit} is
 * the optional symbol of the drafting unit appended to the number ("VP" in "1441/KH-SGDĐT-VP").
 */
public record PlanData(
        Long movementId,
        boolean council,
        @Size(max = 20) String draftingUnit,
        LocalDate issueDate,
        @Size(max = 120) String place,
        @Size(max = 255) String parentBody,
        @Size(max = 255) String issuerName,
        @Size(max = 500) String subject,
        @Size(max = 9) String schoolYear,
        @Size(max = 5) String signerPrefix,
        @Size(max = 200) String signerTitle,
        @Size(max = 200) String signerSubtitle,
        @Size(max = 200) String signerName,
        @NotNull PlanContent content,
        long version) {}
