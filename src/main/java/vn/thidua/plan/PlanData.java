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
        long version) {

    /** The same data with another body. */
    public PlanData withContent(PlanContent newContent) {
        return new PlanData(
                movementId,
                council,
                draftingUnit,
                issueDate,
                place,
                parentBody,
                issuerName,
                subject,
                schoolYear,
                signerPrefix,
                signerTitle,
                signerSubtitle,
                signerName,
                newContent,
                version);
    }

    /** The same data with another header: date, place, superior body and subject. */
    public PlanData withHeader(LocalDate date, String newPlace, String newParentBody, String newSubject) {
        return new PlanData(
                movementId,
                council,
                draftingUnit,
                date,
                newPlace,
                newParentBody,
                issuerName,
                newSubject,
                schoolYear,
                signerPrefix,
                signerTitle,
                signerSubtitle,
                signerName,
                content,
                version);
    }

    /** The same data with another signature block (prefix such as "KT.", title, deputy's own title, name). */
    public PlanData withSigner(String prefix, String title, String subtitle, String name) {
        return new PlanData(
                movementId,
                council,
                draftingUnit,
                issueDate,
                place,
                parentBody,
                issuerName,
                subject,
                schoolYear,
                prefix,
                title,
                subtitle,
                name,
                content,
                version);
    }

    /** The same data issued in the unit's own series or its council's, with a drafting-unit symbol or none. */
    public PlanData withSeries(boolean byCouncil, String drafting) {
        return new PlanData(
                movementId,
                byCouncil,
                drafting,
                issueDate,
                place,
                parentBody,
                issuerName,
                subject,
                schoolYear,
                signerPrefix,
                signerTitle,
                signerSubtitle,
                signerName,
                content,
                version);
    }
}
