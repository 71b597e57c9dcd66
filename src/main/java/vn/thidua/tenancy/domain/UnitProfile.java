package vn.thidua.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/** The unit's own contact data (hồ sơ đơn vị), edited by its administrator. One row per unit. */
@Entity
@Table(name = "unit_profile")
public class UnitProfile extends TenantOwnedEntity {

    private String address;
    private String phone;
    private String email;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "document_abbreviation")
    private String documentAbbreviation;

    public UnitProfile() {}

    /** A profile for {@code unitId}, written by system work (root session) only. */
    public static UnitProfile forUnit(long unitId) {
        UnitProfile profile = new UnitProfile();
        profile.assignTenant(unitId);
        return profile;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getDocumentAbbreviation() {
        return documentAbbreviation;
    }

    public void setDocumentAbbreviation(String documentAbbreviation) {
        this.documentAbbreviation = documentAbbreviation;
    }
}
