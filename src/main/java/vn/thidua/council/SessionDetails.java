package vn.thidua.council;

import java.util.List;

/**
 * A session with its attendance, the quorum (the share, how many must be present, whether reached, and the rule set
 * with its legal basis — frozen when the session closes), and its candidates.
 */
public record SessionDetails(
        SessionSummary summary,
        String chairName,
        String secretaryName,
        List<AttendeeSummary> attendees,
        String quorumShare,
        int quorumNeeded,
        boolean quorumReached,
        String ruleSetName,
        String legalBasis,
        List<CandidateSummary> candidates) {

    public List<CandidateSummary> passed() {
        return candidates.stream().filter(c -> Boolean.TRUE.equals(c.passed())).toList();
    }
}
