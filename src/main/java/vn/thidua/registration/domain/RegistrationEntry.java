package vn.thidua.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * One registration in a round: a staff member's own ({@code userId} set, one per person and round) or a collective's
 * registered by the unit ({@code userId} null, the collective named). Titles (danh hiệu) and the award form (hình thức
 * khen thưởng) are kept in separate fields.
 */
@Entity
@Table(name = "registration_entry")
public class RegistrationEntry extends TenantOwnedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String position;

    /** Comma-separated title codes, sorted. */
    @Column(name = "title_codes", nullable = false)
    private String titleCodes;

    @Column(name = "form_code")
    private String formCode;

    private String commitment;

    @Column(name = "model_candidate", nullable = false)
    private boolean modelCandidate;

    @Column(name = "model_field")
    private String modelField;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected RegistrationEntry() {}

    public RegistrationEntry(long roundId, String subject, Long userId) {
        this.roundId = roundId;
        this.subject = subject;
        this.userId = userId;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getSubject() {
        return subject;
    }

    public boolean isCollective() {
        return userId == null;
    }

    public Long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Set<String> getTitleCodes() {
        Set<String> result = new TreeSet<>();
        if (titleCodes != null && !titleCodes.isBlank()) {
            result.addAll(Arrays.asList(titleCodes.split(",")));
        }
        return result;
    }

    public String getTitleCodesText() {
        return titleCodes;
    }

    public void setTitleCodes(Set<String> codes) {
        this.titleCodes = String.join(",", new TreeSet<>(codes));
    }

    public String getFormCode() {
        return formCode;
    }

    public void setFormCode(String formCode) {
        this.formCode = formCode;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public boolean isModelCandidate() {
        return modelCandidate;
    }

    public String getModelField() {
        return modelField;
    }

    public void setModel(boolean candidate, String field) {
        this.modelCandidate = candidate;
        this.modelField = candidate ? field : null;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void touch(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }
}
