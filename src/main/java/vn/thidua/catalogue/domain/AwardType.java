package vn.thidua.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.Subject;

/** A title or award form; reference data loaded by Liquibase, shared by all tenants, read-only here. */
@Entity
@Immutable
@Table(name = "award_type")
public class AwardType {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private AwardKind kind;

    @Enumerated(EnumType.STRING)
    private Subject subject;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "legal_rank")
    private int rank;

    private BigDecimal coefficient;

    /** Comma-separated {@link vn.thidua.catalogue.DossierPart} names. */
    private String requires;

    private boolean scarce;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "legal_basis")
    private String legalBasis;

    protected AwardType() {}

    public String getCode() {
        return code;
    }

    public AwardKind getKind() {
        return kind;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public String getRequires() {
        return requires;
    }

    public boolean isScarce() {
        return scarce;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
