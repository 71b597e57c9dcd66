package vn.thidua.submission;

import java.time.LocalDate;
import java.util.List;

/** A round as a unit of the opener's subtree sees it. */
public record RoundSummary(
        long id,
        RoundKind kind,
        String name,
        String schoolYear,
        LocalDate deadline,
        List<String> allowedCodes,
        String description,
        boolean closed,
        int disclosureDays,
        long ownerUnitId,
        String ownerName,
        boolean ownedByActiveUnit,
        long version) {

    public boolean open() {
        return !closed;
    }
}
