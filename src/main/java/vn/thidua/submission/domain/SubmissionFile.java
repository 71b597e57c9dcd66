package vn.thidua.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * A file referenced by a submission copy. Its presence in the receiver's tenant is what lets the receiver
 * download a file that a unit below it uploaded.
 */
@Entity
@Table(name = "submission_file")
public class SubmissionFile extends TenantOwnedEntity {

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "owner_unit_id", nullable = false, updatable = false)
    private long ownerUnitId;

    protected SubmissionFile() {}

    public SubmissionFile(long submissionId, long fileId, long ownerUnitId) {
        this.submissionId = submissionId;
        this.fileId = fileId;
        this.ownerUnitId = ownerUnitId;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public long getFileId() {
        return fileId;
    }

    public long getOwnerUnitId() {
        return ownerUnitId;
    }
}
