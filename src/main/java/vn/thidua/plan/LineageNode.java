package vn.thidua.plan;

import java.util.List;

/** One plan in a movement's lineage, with the implementing plans of the units below it. */
public record LineageNode(PlanSummary plan, List<LineageNode> children) {}
