package vn.thidua.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What opens a session: the date and start time, the room, the locality for the minutes' heading (the unit's name
 * when blank), the school year judged, the agenda and how the council votes.
 */
public record SessionData(
        @NotNull LocalDate date,
        @Size(max = 10) String startTime,
        @NotBlank @Size(max = 255) String place,
        @Size(max = 100) String locality,
        @NotNull @Pattern(regexp = "\\d{4}-\\d{4}") String schoolYear,
        @NotBlank @Size(max = 2000) String agenda,
        @NotNull BallotMode mode) {}
