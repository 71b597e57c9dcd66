package vn.thidua.submission;

import java.util.List;

/** A sent version with its immutable items and documents. */
public record SubmissionDetails(SubmissionSummary summary, List<SubmissionItem> items, List<DocumentRef> documents) {}
