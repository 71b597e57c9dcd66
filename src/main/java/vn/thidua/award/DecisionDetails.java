package vn.thidua.award;

import java.util.List;

/** A decision with its heading data and its list. */
public record DecisionDetails(
        DecisionSummary summary,
        String authorityLine,
        String signerPrefix,
        String signerTitle,
        String signerName,
        String legalBases,
        String place,
        List<DecisionItemSummary> items) {

    public DecisionData toData() {
        return new DecisionData(
                summary.subject(),
                summary.schoolYear(),
                summary.decisionDate(),
                authorityLine,
                signerPrefix,
                signerTitle,
                signerName,
                legalBases,
                place,
                summary.version());
    }
}
