package vn.thidua.registration;

import java.time.Instant;
import java.util.Set;

/**
 * One registration: a person's own ({@code userId} set) or a collective's ({@code userId} null). Titles and the
 * award form are separate fields.
 */
public record RegistrationSummary(
        long id,
        long roundId,
        boolean collective,
        Long userId,
        String name,
        String position,
        Set<String> titleCodes,
        String formCode,
        String commitment,
        boolean modelCandidate,
        String modelField,
        Instant updatedAt,
        String updatedBy,
        long version) {}
