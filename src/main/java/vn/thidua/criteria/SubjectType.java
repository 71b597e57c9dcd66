package vn.thidua.criteria;

/** Who a criteria set is for (đối tượng thi đua). */
public enum SubjectType {
    COLLECTIVE,
    MANAGER,
    TEACHER,
    STAFF,
    PUPIL
}
