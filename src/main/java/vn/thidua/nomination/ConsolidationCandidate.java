package vn.thidua.nomination;

import vn.thidua.submission.ReceivedItem;

/** An accepted item of a member unit offered for consolidation; {@code inDossier} when already picked. */
public record ConsolidationCandidate(ReceivedItem received, String awardName, boolean inDossier) {}
