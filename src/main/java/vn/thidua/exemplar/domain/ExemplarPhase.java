package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A phase of the unit's exemplar plan, e.g. 2026–2030. */
@Entity
@Table(name = "exemplar_phase")
public class ExemplarPhase extends TenantOwnedEntity {

    @Column(name = "start_year", nullable = false, updatable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false, updatable = false)
    private int endYear;

    protected ExemplarPhase() {}

    public ExemplarPhase(int startYear, int endYear) {
        this.startYear = startYear;
        this.endYear = endYear;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }
}
