package vn.thidua.exemplar;

import java.util.List;
import vn.thidua.submission.SubmissionSummary;

/**
 * A version of the active unit's proposal to a conference round above it, as the proposer sees it: status, who
 * decided and when, the reason of a return, and the exemplars it proposed.
 */
public record SentProposal(SubmissionSummary submission, List<String> exemplarNames) {}
