package vn.thidua.council;

/** A member called to a session: present or not, and whether they have voted (never how). */
public record AttendeeSummary(
        long id, long userId, String fullName, String position, CouncilRole role, boolean present, boolean voted) {}
