/**
 * Reporting: the read model of the dashboards — summary rows of awards, submissions, nominations and exemplars keyed
 * by the unit's ancestors, kept in step by the events of the source transactions (same transaction, same connection)
 * and rebuilt from the source tables by a system job, with a reconciliation check against live counts. The one place that
 * reads across tenants; every query is restricted to the viewer's subtree by one method (ADR 0011).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "catalogue",
            "submission",
            "nomination",
            "award",
            "plan",
            "document",
            "exemplar"
        })
package vn.thidua.reporting;
