/** Audit: the append-only log of state changes, written in the changing transaction, read by subtree. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package vn.thidua.audit;
