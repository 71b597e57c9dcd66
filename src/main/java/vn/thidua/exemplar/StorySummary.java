package vn.thidua.exemplar;

import java.time.Instant;
import vn.thidua.tenancy.SchoolType;

/** A story as a row of the gallery or of the unit's own list; {@code own} when the viewer's unit wrote it. */
public record StorySummary(
        long id,
        long unitId,
        String unitName,
        String provinceCode,
        SchoolType schoolType,
        long exemplarId,
        String exemplarName,
        ExemplarField field,
        String title,
        StoryAudience audience,
        StoryStatus status,
        String schoolYear,
        Instant publishedAt,
        boolean own) {}
