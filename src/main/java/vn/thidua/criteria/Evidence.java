package vn.thidua.criteria;

/** An evidence file attached to a criterion (stored by the submission module's FileService). */
public record Evidence(long fileId, String fileName) {}
