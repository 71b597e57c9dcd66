package vn.thidua.submission;

/** An uploaded file of the active unit. */
public record StoredFileSummary(long id, long ownerUnitId, String fileName, String contentType, long size) {}
