package vn.thidua.plan;

import java.util.List;

/** A movement with its description, targets (one per line) and milestones. */
public record MovementDetails(
        MovementSummary summary, String description, String targets, List<Milestone> milestones, long version) {}
