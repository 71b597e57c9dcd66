/**
 * Catalogue: the emulation titles (danh hiệu thi đua) and award forms (hình thức khen thưởng) as dated data —
 * subject, legal order, cash coefficient, the dossier parts each requires — and the base salary (lương cơ sở)
 * by date. Reference data shared by all tenants; the criteria issue extends it with rule sets.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.thidua.catalogue;
