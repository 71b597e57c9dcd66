package vn.thidua.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * One person or collective proposed in a dossier, with the title or award form proposed. Consolidated nominees
 * keep their origin (unit, submission, version and the row id there).
 */
@Entity
@Table(name = "nominee")
public class Nominee extends TenantOwnedEntity {

    /** Maps to CLOB on H2 and LONGTEXT on MySQL (the Liquibase column type is CLOB). */
    static final int LONG_TEXT = 1_000_000_000;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    private int seq;

    @Column(nullable = false)
    private String subject;

    @Column(name = "award_code", nullable = false)
    private String awardCode;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String position;

    @Column(name = "work_unit")
    private String workUnit;

    @Column(name = "years_of_service")
    private Integer yearsOfService;

    @Column(name = "achievement_summary")
    private String achievementSummary;

    private String phone;

    private String email;

    @Column(name = "person_user_id")
    private Long personUserId;

    @Lob
    @Column(name = "report_text", length = LONG_TEXT)
    private String reportText;

    @Column(name = "report_file_id")
    private Long reportFileId;

    @Column(name = "report_file_owner")
    private Long reportFileOwner;

    @Column(name = "report_file_name")
    private String reportFileName;

    @Column(name = "initiative_text")
    private String initiativeText;

    @Column(name = "initiative_file_id")
    private Long initiativeFileId;

    @Column(name = "initiative_file_owner")
    private Long initiativeFileOwner;

    @Column(name = "initiative_file_name")
    private String initiativeFileName;

    @Column(name = "origin_unit_id", updatable = false)
    private Long originUnitId;

    @Column(name = "origin_unit_name", updatable = false)
    private String originUnitName;

    @Column(name = "origin_submission_id", updatable = false)
    private Long originSubmissionId;

    @Column(name = "origin_version", updatable = false)
    private Integer originVersion;

    @Column(name = "origin_ref", updatable = false)
    private Long originRef;

    @Column(name = "decision_label")
    private String decisionLabel;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Nominee() {}

    public Nominee(long dossierId, int seq) {
        this.dossierId = dossierId;
        this.seq = seq;
    }

    /** A copy of an item accepted from a member unit. */
    public static Nominee consolidated(
            long dossierId,
            int seq,
            Long originUnitId,
            String originUnitName,
            Long originSubmissionId,
            Integer originVersion,
            Long originRef) {
        Nominee n = new Nominee(dossierId, seq);
        n.originUnitId = originUnitId;
        n.originUnitName = originUnitName;
        n.originSubmissionId = originSubmissionId;
        n.originVersion = originVersion;
        n.originRef = originRef;
        return n;
    }

    public void markDecided(String label, Instant at) {
        this.decisionLabel = label;
        this.decidedAt = at;
    }

    public long getDossierId() {
        return dossierId;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public void setAwardCode(String awardCode) {
        this.awardCode = awardCode;
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

    public String getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(String workUnit) {
        this.workUnit = workUnit;
    }

    public Integer getYearsOfService() {
        return yearsOfService;
    }

    public void setYearsOfService(Integer yearsOfService) {
        this.yearsOfService = yearsOfService;
    }

    public String getAchievementSummary() {
        return achievementSummary;
    }

    public void setAchievementSummary(String achievementSummary) {
        this.achievementSummary = achievementSummary;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getPersonUserId() {
        return personUserId;
    }

    public void setPersonUserId(Long personUserId) {
        this.personUserId = personUserId;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public Long getReportFileId() {
        return reportFileId;
    }

    public Long getReportFileOwner() {
        return reportFileOwner;
    }

    public String getReportFileName() {
        return reportFileName;
    }

    public void setReportFile(Long id, Long owner, String name) {
        this.reportFileId = id;
        this.reportFileOwner = owner;
        this.reportFileName = name;
    }

    public String getInitiativeText() {
        return initiativeText;
    }

    public void setInitiativeText(String initiativeText) {
        this.initiativeText = initiativeText;
    }

    public Long getInitiativeFileId() {
        return initiativeFileId;
    }

    public Long getInitiativeFileOwner() {
        return initiativeFileOwner;
    }

    public String getInitiativeFileName() {
        return initiativeFileName;
    }

    public void setInitiativeFile(Long id, Long owner, String name) {
        this.initiativeFileId = id;
        this.initiativeFileOwner = owner;
        this.initiativeFileName = name;
    }

    public Long getOriginUnitId() {
        return originUnitId;
    }

    public String getOriginUnitName() {
        return originUnitName;
    }

    public Long getOriginSubmissionId() {
        return originSubmissionId;
    }

    public Integer getOriginVersion() {
        return originVersion;
    }

    public Long getOriginRef() {
        return originRef;
    }

    public String getDecisionLabel() {
        return decisionLabel;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
