package vn.thidua.submission;

/**
 * Lets another module open some of another unit's stored files to the active unit — e.g. the attachments of a story
 * published in the exemplar gallery. {@link FileService#open} asks every share when the owner is not the active unit
 * and no submission references the file; an implementation answers through its own module's visibility predicate.
 */
public interface FileShare {

    /** Whether {@code viewerUnitId} may read file {@code fileId} uploaded by {@code ownerUnitId}. */
    boolean allows(long fileId, long ownerUnitId, long viewerUnitId);
}
