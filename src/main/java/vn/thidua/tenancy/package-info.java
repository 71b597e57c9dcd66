/**
 * Tenancy: the dated org tree (Sở → intermediate office → school), the active unit (= tenant), the tenant gate
 * (one Hibernate resolver, {@link vn.thidua.tenancy.TenantOwnedEntity}) and the tenants-config loader.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.thidua.tenancy;
