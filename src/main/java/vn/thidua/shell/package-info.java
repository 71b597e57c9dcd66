/**
 * Shell: security configuration, app shell, main layout (with the notification bell), login, home pages, error
 * views, i18n.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "audit",
            "notification",
            "plan",
            "submission",
            "nomination"
        })
package vn.thidua.shell;
