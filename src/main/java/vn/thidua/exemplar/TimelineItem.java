package vn.thidua.exemplar;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry on an exemplar's timeline; a review (tổng kết) carries the school year it falls in and the awards of that
 * year from the award history (names, e.g. "Giấy khen (2025-2026)"), read-only.
 */
public record TimelineItem(
        long id,
        ExemplarStage stage,
        LocalDate date,
        String text,
        boolean done,
        ReplicationKind replicationKind,
        Integer participants,
        Integer unitsReached,
        String schoolYear,
        List<String> awards) {}
