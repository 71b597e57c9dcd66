package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.exemplar.LearningKind;

/**
 * Another unit learned from a published story (a visit or an adopted practice). Written by the learner, counted by
 * the publisher: not tenant-filtered, read only through {@link StoryLearningRepository}'s predicates (ADR 0010).
 */
@Entity
@Table(name = "exemplar_story_learning")
public class StoryLearning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "story_id", nullable = false, updatable = false)
    private long storyId;

    @Column(name = "learner_unit_id", nullable = false, updatable = false)
    private long learnerUnitId;

    @Column(name = "learner_unit_name", nullable = false, updatable = false)
    private String learnerUnitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private LearningKind kind;

    @Column(name = "learned_on", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected StoryLearning() {}

    public StoryLearning(
            long storyId,
            long learnerUnitId,
            String learnerUnitName,
            LearningKind kind,
            LocalDate date,
            String note,
            Instant createdAt,
            String createdBy) {
        this.storyId = storyId;
        this.learnerUnitId = learnerUnitId;
        this.learnerUnitName = learnerUnitName;
        this.kind = kind;
        this.date = date;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public long getLearnerUnitId() {
        return learnerUnitId;
    }

    public String getLearnerUnitName() {
        return learnerUnitName;
    }

    public LearningKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNote() {
        return note;
    }
}
