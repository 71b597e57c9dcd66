/**
 * Identity: user accounts, memberships of users in units with roles, permissions, local and OIDC login, the
 * active unit, delegated administration and the staff import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy"})
package vn.thidua.identity;
