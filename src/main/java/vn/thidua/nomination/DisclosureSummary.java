package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A published list with its comments, as a unit of the publisher's subtree sees it. */
public record DisclosureSummary(
        long id,
        long dossierId,
        String publisherName,
        String title,
        Instant publishedAt,
        String publishedBy,
        LocalDate until,
        boolean open,
        boolean mine,
        List<String> items,
        List<Comment> comments) {

    /** A comment and the publisher's answer (null until answered). */
    public record Comment(
            long id,
            String authorName,
            String authorUnitName,
            String text,
            Instant createdAt,
            String answer,
            String answeredBy) {}
}
