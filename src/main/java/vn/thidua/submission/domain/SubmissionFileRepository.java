package vn.thidua.submission.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered. */
public interface SubmissionFileRepository extends JpaRepository<SubmissionFile, Long> {

    @Query("select f from SubmissionFile f where f.fileId = :fileId and f.ownerUnitId = :ownerUnitId")
    java.util.List<SubmissionFile> findReferences(long fileId, long ownerUnitId);

    default Optional<SubmissionFile> findReference(long fileId, long ownerUnitId) {
        return findReferences(fileId, ownerUnitId).stream().findFirst();
    }
}
