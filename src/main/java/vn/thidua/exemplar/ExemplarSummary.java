package vn.thidua.exemplar;

/** One exemplar of the registry, with its latest stage reached (null before any entry). */
public record ExemplarSummary(
        long id,
        long phaseId,
        boolean collective,
        Long userId,
        String name,
        String position,
        ExemplarField field,
        String topic,
        String criteria,
        String mentorName,
        ExemplarStage stage,
        int entryCount) {}
