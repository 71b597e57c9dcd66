package vn.thidua.nomination;

import java.time.LocalDate;
import vn.thidua.submission.SubmissionSummary;

/** A dossier of the active unit, with its round and the latest version sent (null when never sent). */
public record DossierSummary(
        long id,
        long roundId,
        String roundName,
        String schoolYear,
        LocalDate deadline,
        String title,
        DossierStatus status,
        int nomineeCount,
        SubmissionSummary latest,
        long version) {

    /** Drafts and returned dossiers may be edited; sent and accepted ones are locked. */
    public boolean editable() {
        return status == DossierStatus.DRAFT || status == DossierStatus.RETURNED;
    }
}
