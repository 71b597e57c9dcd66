package vn.thidua.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** "Unit X reports to unit P from … to …": the dated history behind {@code OrgUnit.parentId}. */
@Entity
@Table(name = "reporting_line")
public class ReportingLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "parent_id", nullable = false)
    private Long parentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ReportingLine() {}

    public ReportingLine(Long unitId, Long parentId, LocalDate validFrom, LocalDate validTo) {
        this.unitId = unitId;
        this.parentId = parentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean sameAs(ReportingLine other) {
        return unitId.equals(other.unitId)
                && parentId.equals(other.parentId)
                && validFrom.equals(other.validFrom)
                && java.util.Objects.equals(validTo, other.validTo);
    }
}
