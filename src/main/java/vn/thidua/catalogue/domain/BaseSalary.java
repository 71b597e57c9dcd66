package vn.thidua.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** Lương cơ sở in force from a date, with its legal basis. */
@Entity
@Immutable
@Table(name = "base_salary")
public class BaseSalary {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    private BigDecimal amount;

    @Column(name = "legal_basis")
    private String legalBasis;

    protected BaseSalary() {}

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
