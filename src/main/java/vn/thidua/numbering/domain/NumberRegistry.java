package vn.thidua.numbering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/** The last number issued by a unit in a year and series (numbers restart each year). */
@Entity
@Table(name = "number_registry")
public class NumberRegistry extends TenantOwnedEntity {

    @Column(name = "registry_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private String series;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected NumberRegistry() {}

    public NumberRegistry(int year, String series) {
        this.year = year;
        this.series = series;
    }

    /** Continues the series after {@code lastNumber} (a register kept on paper before the portal). */
    public void continueFrom(int lastNumber) {
        this.lastNumber = lastNumber;
    }

    public int next() {
        return ++lastNumber;
    }

    public int getYear() {
        return year;
    }

    public String getSeries() {
        return series;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
