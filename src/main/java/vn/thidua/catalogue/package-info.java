/**
 * Catalogue: the emulation titles (danh hiệu thi đua) and award forms (hình thức khen thưởng) as dated data —
 * subject, legal order, cash coefficient, the dossier parts each requires — and the base salary (lương cơ sở)
 * by date. Reference data shared by all tenants; a province adds and overrides entries in its tenants-config file
 * ({@code rule-overrides.award-types}), applied for the active unit's province.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package vn.thidua.catalogue;
