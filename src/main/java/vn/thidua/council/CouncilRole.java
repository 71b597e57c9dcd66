package vn.thidua.council;

/** A member's role in the council: Chủ tịch, Phó Chủ tịch, Ủy viên, Thư ký. */
public enum CouncilRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SECRETARY
}
