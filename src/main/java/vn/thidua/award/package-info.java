/**
 * Award: decisions (quyết định khen thưởng) recorded by the unit with authority from the items it accepted —
 * numbered from the unit's registry, money from the catalogue — and the award history that follows each person
 * and unit across units and years, with revocation. Exports the decision (DOCX) and certificates (PDF).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "catalogue",
            "numbering",
            "submission",
            "nomination",
            "document"
        })
package vn.thidua.award;
