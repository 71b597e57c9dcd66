package vn.thidua.identity;

import static vn.thidua.shared.Permission.*;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Roles of a membership, each a bundle of permissions. */
public enum Role {
    /** Giáo viên / nhân viên. */
    STAFF(UNIT_VIEW, PLAN_VIEW, SCORE_SELF),
    /** Thành viên hội đồng thi đua – khen thưởng. */
    COUNCIL_MEMBER(UNIT_VIEW, AWARD_VIEW, PLAN_VIEW, COUNCIL_VOTE),
    /** Cán bộ phụ trách thi đua – khen thưởng / thư ký hội đồng. */
    EMULATION_OFFICER(
            UNIT_VIEW,
            ORG_TREE_VIEW,
            USER_VIEW,
            ROUND_MANAGE,
            SUBMISSION_PREPARE,
            SUBMISSION_SEND,
            SUBMISSION_REVIEW,
            DECISION_MANAGE,
            AWARD_VIEW,
            PLAN_VIEW,
            PLAN_MANAGE,
            REPORT_VIEW,
            CRITERIA_MANAGE,
            SCORE_REVIEW,
            REGISTRATION_MANAGE,
            COUNCIL_MANAGE,
            COUNCIL_VOTE),
    /** Hiệu trưởng / trưởng phòng / giám đốc. */
    UNIT_HEAD(
            UNIT_VIEW,
            ORG_TREE_VIEW,
            USER_VIEW,
            ROUND_MANAGE,
            SUBMISSION_PREPARE,
            SUBMISSION_SEND,
            SUBMISSION_REVIEW,
            DECISION_MANAGE,
            AWARD_VIEW,
            PLAN_VIEW,
            PLAN_MANAGE,
            REPORT_VIEW,
            CRITERIA_MANAGE,
            SCORE_REVIEW,
            SCORE_CONFIRM,
            REGISTRATION_MANAGE,
            COUNCIL_MANAGE,
            COUNCIL_VOTE,
            EXEMPLAR_PUBLISH),
    /** Quản trị đơn vị. */
    UNIT_ADMIN(
            UNIT_VIEW,
            PLAN_VIEW,
            REPORT_VIEW,
            ORG_TREE_VIEW,
            USER_VIEW,
            USER_MANAGE,
            STAFF_IMPORT,
            UNIT_PROFILE_EDIT,
            AUDIT_VIEW);

    private final Set<String> permissions;

    Role(String... permissions) {
        this.permissions = Set.of(permissions);
    }

    public Set<String> permissions() {
        return permissions;
    }

    public static Set<String> permissionsOf(Collection<Role> roles) {
        Set<String> result = new TreeSet<>();
        roles.forEach(r -> result.addAll(r.permissions));
        return result;
    }
}
