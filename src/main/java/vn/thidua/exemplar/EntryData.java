package vn.thidua.exemplar;

import java.time.LocalDate;

/**
 * A dated entry on an exemplar. {@code done} matters for fostering (planned or done); the replication fields for
 * nhân rộng only.
 */
public record EntryData(
        ExemplarStage stage,
        LocalDate date,
        String text,
        boolean done,
        ReplicationKind replicationKind,
        Integer participants,
        Integer unitsReached) {

    public static EntryData of(ExemplarStage stage, LocalDate date, String text) {
        return new EntryData(stage, date, text, true, null, null, null);
    }
}
