package vn.thidua.shared;

/**
 * Permissions are constants (granted authorities, checked by services with {@code @PreAuthorize} and by views
 * with {@code @RolesAllowed}); roles are bundles of them ({@code vn.thidua.identity.Role}).
 */
public final class Permission {

    public static final String UNIT_VIEW = "UNIT_VIEW";
    public static final String UNIT_PROFILE_EDIT = "UNIT_PROFILE_EDIT";
    public static final String ORG_TREE_VIEW = "ORG_TREE_VIEW";
    public static final String USER_VIEW = "USER_VIEW";
    public static final String USER_MANAGE = "USER_MANAGE";
    public static final String STAFF_IMPORT = "STAFF_IMPORT";
    public static final String AUDIT_VIEW = "AUDIT_VIEW";

    private Permission() {}
}
