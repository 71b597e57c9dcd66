package vn.thidua.plan;

/** A movement was launched (phát động) to the launching unit's subtree. */
public record MovementLaunched(long movementId, long unitId, String name) {}
