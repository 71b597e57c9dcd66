/** Shell: security configuration, app shell, main layout, login, home pages, error views, i18n. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity", "audit"})
package vn.thidua.shell;
