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
    /** Open collection rounds for the subtree and allot quotas. */
    public static final String ROUND_MANAGE = "ROUND_MANAGE";
    /** Prepare what the unit sends up (dossiers, attachments). */
    public static final String SUBMISSION_PREPARE = "SUBMISSION_PREPARE";
    /** Send a prepared snapshot to the unit above. */
    public static final String SUBMISSION_SEND = "SUBMISSION_SEND";
    /** Review the inbox: accept or return what member units sent. */
    public static final String SUBMISSION_REVIEW = "SUBMISSION_REVIEW";
    /** Record, issue and revoke award decisions. */
    public static final String DECISION_MANAGE = "DECISION_MANAGE";
    /** Read the award history of the unit's people and collectives. */
    public static final String AWARD_VIEW = "AWARD_VIEW";

    /** Read movements and plans: the unit's own, its superiors' issued ones, its subtree's issued ones. */
    public static final String PLAN_VIEW = "PLAN_VIEW";
    /** Draft, issue and amend the unit's plans, launch its movements, keep its plan templates. */
    public static final String PLAN_MANAGE = "PLAN_MANAGE";

    /**
     * Run the unit's registration of titles (đăng ký thi đua): open the round with its targets, register the unit's
     * collectives, mark advanced-model candidates, see and export the list, send it up.
     */
    public static final String REGISTRATION_MANAGE = "REGISTRATION_MANAGE";

    /** Read the dashboards and statistics of the unit's subtree. */
    public static final String REPORT_VIEW = "REPORT_VIEW";

    /** Keep the unit's criteria sets (publish to the units below) and its score sheets. */
    public static final String CRITERIA_MANAGE = "CRITERIA_MANAGE";
    /** Self-assess on the unit's score sheets (one's own cards only). */
    public static final String SCORE_SELF = "SCORE_SELF";
    /** Review the unit's score cards (tổ / thư ký): adjust with a comment; see the ranking. */
    public static final String SCORE_REVIEW = "SCORE_REVIEW";
    /** Confirm reviewed score cards (BGH). */
    public static final String SCORE_CONFIRM = "SCORE_CONFIRM";

    /** Keep the unit's council (Hội đồng TĐKT): members, sessions, candidates, paper tallies, closing, minutes. */
    public static final String COUNCIL_MANAGE = "COUNCIL_MANAGE";
    /** Vote by secret ballot in a council session one attends. */
    public static final String COUNCIL_VOTE = "COUNCIL_VOTE";

    /** Approve and publish (or withdraw) the unit's exemplar stories in the gallery (the unit head). */
    public static final String EXEMPLAR_PUBLISH = "EXEMPLAR_PUBLISH";

    private Permission() {}
}
