package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.tenancy.TenantOwnedEntity;

/** An individual (a member of the unit) or a collective being built into an advanced model in a phase. */
@Entity
@Table(name = "exemplar")
public class Exemplar extends TenantOwnedEntity {

    @Column(name = "phase_id", nullable = false, updatable = false)
    private long phaseId;

    /** The member, for an individual; null for a collective. */
    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "position")
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false)
    private ExemplarField field;

    @Column(name = "topic")
    private String topic;

    @Lob
    @Column(name = "criteria", length = 1_000_000_000)
    private String criteria;

    @Column(name = "mentor_user_id")
    private Long mentorUserId;

    @Column(name = "mentor_name")
    private String mentorName;

    /** The registration entry it was imported from, if any. */
    @Column(name = "registration_id", updatable = false)
    private Long registrationId;

    protected Exemplar() {}

    public Exemplar(
            long phaseId,
            Long userId,
            String name,
            String position,
            ExemplarField field,
            String topic,
            String criteria,
            Long registrationId) {
        this.phaseId = phaseId;
        this.userId = userId;
        this.name = name;
        this.position = position;
        this.field = field;
        this.topic = topic;
        this.criteria = criteria;
        this.registrationId = registrationId;
    }

    public void describe(ExemplarField field, String criteria) {
        this.field = field;
        this.criteria = criteria;
    }

    public void assignMentor(Long mentorUserId, String mentorName) {
        this.mentorUserId = mentorUserId;
        this.mentorName = mentorName;
    }

    public long getPhaseId() {
        return phaseId;
    }

    public Long getUserId() {
        return userId;
    }

    public boolean isCollective() {
        return userId == null;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public ExemplarField getField() {
        return field;
    }

    public String getTopic() {
        return topic;
    }

    public String getCriteria() {
        return criteria;
    }

    public Long getMentorUserId() {
        return mentorUserId;
    }

    public String getMentorName() {
        return mentorName;
    }

    public Long getRegistrationId() {
        return registrationId;
    }
}
