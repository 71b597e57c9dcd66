package vn.thidua.exemplar;

import java.time.LocalDate;

/** A unit that learned from a story: a visit or an adopted practice, on a date. */
public record LearningSummary(long id, String unitName, LearningKind kind, LocalDate date, String note) {}
