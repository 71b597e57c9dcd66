package vn.thidua.tenancy;

/** A unit's profile as shown on the profile page: tree data (read-only) plus the editable contact data. */
public record UnitProfileDetails(
        OrgUnitSummary unit,
        String address,
        String phone,
        String email,
        String headName,
        String documentAbbreviation,
        long version) {

    /**
     * The issuer part of the unit's document symbols ("MNQT" in "91/KH-MNQT"): the abbreviation set in the profile,
     * else the one from tenants-config, else the unit code.
     */
    public String documentSymbol() {
        if (documentAbbreviation != null && !documentAbbreviation.isBlank()) {
            return documentAbbreviation.strip();
        }
        return unit.abbreviation() != null && !unit.abbreviation().isBlank()
                ? unit.abbreviation().strip()
                : unit.code();
    }
}
