package vn.thidua.submission;

/** A stored file ready for download. */
public record FileContent(long id, String fileName, String contentType, byte[] bytes) {}
