package vn.thidua.submission;

import java.util.Map;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * One member unit of the receiver in a round: its latest version (null when nothing was sent), and the quotas
 * the receiver allotted to it per award type.
 */
public record BoardRow(OrgUnitSummary member, SubmissionSummary latest, Map<String, Integer> quotas) {

    public enum Status {
        NOT_SENT,
        SENT,
        RETURNED,
        ACCEPTED
    }

    public Status status() {
        if (latest == null) {
            return Status.NOT_SENT;
        }
        return Status.valueOf(latest.status().name());
    }

    /** Items of {@code code} in the latest version. */
    public int used(String code) {
        return latest == null ? 0 : latest.categoryCounts().getOrDefault(code, 0);
    }
}
