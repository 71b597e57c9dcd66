package vn.thidua.exemplar;

import java.util.List;

/** An exemplar with its phase and its timeline (entries by date). */
public record ExemplarDetails(ExemplarSummary summary, PhaseSummary phase, List<TimelineItem> timeline) {}
