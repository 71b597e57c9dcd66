package vn.thidua.submission;

import java.util.Map;

/**
 * One item of a submission snapshot (a nominee, a registration…). The origin fields say where the item was first
 * proposed: empty on the sender's own items, filled on consolidated ones so that every item keeps its origin
 * (unit, original submission and version, and the row id there).
 *
 * @param category the award type code proposed
 * @param subject INDIVIDUAL or COLLECTIVE
 * @param data the kind-specific columns (position, work unit, years of service, summary, contact…)
 */
public record SubmissionItem(
        int seq,
        String category,
        String subject,
        String label,
        Long originUnitId,
        String originUnitName,
        Long originSubmissionId,
        Integer originVersion,
        Long originRef,
        Map<String, String> data) {

    public SubmissionItem {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public String get(String key) {
        return data.getOrDefault(key, "");
    }

    /** This item with its origin filled from {@code sender} where it has none yet. */
    public SubmissionItem withOriginIfMissing(long unitId, String unitName, long submissionId, int version) {
        if (originUnitId != null) {
            return this;
        }
        return new SubmissionItem(
                seq, category, subject, label, unitId, unitName, submissionId, version, originRef, data);
    }
}
