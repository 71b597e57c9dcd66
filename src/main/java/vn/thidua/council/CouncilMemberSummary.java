package vn.thidua.council;

/** A member of the active unit's council. */
public record CouncilMemberSummary(long id, long userId, String fullName, String position, CouncilRole role) {}
