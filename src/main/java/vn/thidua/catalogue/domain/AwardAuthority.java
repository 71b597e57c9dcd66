package vn.thidua.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** A kind of unit that records decisions of an award type (reference data, Liquibase CSV). */
@Entity
@Immutable
@Table(name = "award_authority")
public class AwardAuthority {

    @EmbeddedId
    private Key key;

    @Column(name = "legal_basis")
    private String legalBasis;

    protected AwardAuthority() {}

    public String getAwardCode() {
        return key.awardCode;
    }

    public String getUnitType() {
        return key.unitType;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    @Embeddable
    public record Key(@Column(name = "award_code") String awardCode, @Column(name = "unit_type") String unitType)
            implements Serializable {}
}
