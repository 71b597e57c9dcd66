package vn.thidua.tenancy;

/** Kinds of org unit. DISTRICT_OFFICE (Phòng GD&ĐT) is legacy: every one closed on 2025-06-30. */
public enum OrgUnitType {
    PROVINCE_DEPT,
    DISTRICT_OFFICE,
    COMMUNE_OFFICE,
    SCHOOL;

    public boolean isSchool() {
        return this == SCHOOL;
    }
}
