package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ReplicationKind;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A dated entry of one of the four stages on an exemplar. */
@Entity
@Table(name = "exemplar_entry")
public class ExemplarEntry extends TenantOwnedEntity {

    @Column(name = "exemplar_id", nullable = false, updatable = false)
    private long exemplarId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, updatable = false)
    private ExemplarStage stage;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Lob
    @Column(name = "body", nullable = false, length = 1_000_000_000)
    private String text;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Enumerated(EnumType.STRING)
    @Column(name = "replication_kind")
    private ReplicationKind replicationKind;

    @Column(name = "participants")
    private Integer participants;

    @Column(name = "units_reached")
    private Integer unitsReached;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ExemplarEntry() {}

    public ExemplarEntry(
            long exemplarId,
            ExemplarStage stage,
            LocalDate date,
            String text,
            boolean done,
            ReplicationKind replicationKind,
            Integer participants,
            Integer unitsReached,
            String createdBy) {
        this.exemplarId = exemplarId;
        this.stage = stage;
        this.date = date;
        this.text = text;
        this.done = done;
        this.replicationKind = replicationKind;
        this.participants = participants;
        this.unitsReached = unitsReached;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    /** A correction of the entry; its exemplar and stage stay. */
    public void edit(
            LocalDate date,
            String text,
            boolean done,
            ReplicationKind replicationKind,
            Integer participants,
            Integer unitsReached) {
        this.date = date;
        this.text = text;
        this.done = done;
        this.replicationKind = replicationKind;
        this.participants = participants;
        this.unitsReached = unitsReached;
    }

    public void markDone() {
        this.done = true;
    }

    public long getExemplarId() {
        return exemplarId;
    }

    public ExemplarStage getStage() {
        return stage;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getText() {
        return text;
    }

    public boolean isDone() {
        return done;
    }

    public ReplicationKind getReplicationKind() {
        return replicationKind;
    }

    public Integer getParticipants() {
        return participants;
    }

    public Integer getUnitsReached() {
        return unitsReached;
    }
}
