package vn.thidua.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A unit's own plan template (its edited copy of a starter template, or a plan saved as a template). */
@Entity
@Table(name = "plan_template")
public class PlanTemplate extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    private String subject;

    @Lob
    @Column(nullable = false, length = 1_000_000_000)
    private String content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PlanTemplate() {}

    public PlanTemplate(String name) {
        this.name = name;
    }

    public void update(String subject, String content, Instant at, String by) {
        this.subject = subject;
        this.content = content;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSubject() {
        return subject;
    }

    public String getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
