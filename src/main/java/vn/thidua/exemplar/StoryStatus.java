package vn.thidua.exemplar;

/** A gallery story's state; only a published story leaves its unit. Translated as {@code story.status.<NAME>}. */
public enum StoryStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    WITHDRAWN
}
