package vn.thidua.submission;

/**
 * A file sent with a submission. {@code itemSeq} is the item it belongs to, or null for the whole snapshot
 * (e.g. the council minutes).
 */
public record DocumentRef(
        String kind, Integer itemSeq, long fileId, long ownerUnitId, String fileName, String contentType, long size) {}
