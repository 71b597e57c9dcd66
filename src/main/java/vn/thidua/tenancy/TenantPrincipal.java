package vn.thidua.tenancy;

/**
 * Implemented by the authenticated principal: the unit the user chose as active. The tenant resolver reads it
 * from the security context stored in the user's session; nothing else decides the tenant.
 */
public interface TenantPrincipal {

    long activeUnitId();

    String activeUnitPath();
}
