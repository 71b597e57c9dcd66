package vn.thidua.nomination;

import java.util.List;
import java.util.Map;

/**
 * A dossier with its nominees, its checklist (sending is blocked until every line is ok), and per award type
 * the quota allotted to the unit and the number proposed.
 */
public record DossierDetails(
        DossierSummary summary,
        long unitId,
        Long minutesFileId,
        String minutesFileName,
        String signerPrefix,
        String signerTitle,
        String signerName,
        String place,
        List<String> allowedCodes,
        List<NomineeSummary> nominees,
        List<ChecklistLine> checklist,
        Map<String, Integer> quotas,
        Map<String, Integer> proposed) {

    public boolean complete() {
        return checklist.stream().allMatch(ChecklistLine::ok);
    }
}
