package vn.thidua.tenancy;

/** A unit's profile as shown on the profile page: tree data (read-only) plus the editable contact data. */
public record UnitProfileDetails(
        OrgUnitSummary unit,
        String address,
        String phone,
        String email,
        String headName,
        String documentAbbreviation,
        long version) {}
