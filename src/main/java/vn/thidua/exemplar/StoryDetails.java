package vn.thidua.exemplar;

import java.util.List;

/**
 * A story with its text and achievements; {@code learnings} are the publisher's to see (every unit that learned from
 * it) — another unit sees only its own; {@code learnedUnits} counts the distinct units that learned.
 */
public record StoryDetails(
        StorySummary summary,
        String text,
        String achievements,
        List<AttachmentSummary> attachments,
        List<LearningSummary> learnings,
        long learnedUnits) {}
