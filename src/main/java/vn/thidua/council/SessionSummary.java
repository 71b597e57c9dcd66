package vn.thidua.council;

import java.time.LocalDate;

/** A session of the active unit's council as listed. */
public record SessionSummary(
        long id,
        LocalDate date,
        String startTime,
        String place,
        String locality,
        String schoolYear,
        String agenda,
        SessionStatus status,
        BallotMode mode,
        Long dossierId,
        String dossierTitle,
        int memberCount,
        int presentCount,
        int ballotsCast,
        boolean minutesAttached,
        Integer minutesNumber,
        long version) {}
