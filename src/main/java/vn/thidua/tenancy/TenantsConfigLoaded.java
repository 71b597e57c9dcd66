package vn.thidua.tenancy;

import java.util.List;

/**
 * Published inside the tenants-config transaction after the org tree is written. Listeners (identity) create
 * the first administrators; throwing {@link TenantsConfigException} rolls the whole load back.
 */
public record TenantsConfigLoaded(List<AdministratorSettings> administrators) {}
