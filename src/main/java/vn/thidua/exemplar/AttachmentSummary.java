package vn.thidua.exemplar;

/** A story's photo or PDF, downloadable by whoever may read the story. */
public record AttachmentSummary(long fileId, String fileName, String contentType, long size) {}
