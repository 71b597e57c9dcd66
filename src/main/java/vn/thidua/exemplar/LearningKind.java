package vn.thidua.exemplar;

/** How another unit learned from a story. Translated as {@code story.learning.kind.<NAME>}. */
public enum LearningKind {
    VISIT,
    ADOPTED_PRACTICE
}
