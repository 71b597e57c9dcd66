package vn.thidua.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration round of the active unit. {@code acceptsStaffChanges}: staff may still register or change (open and
 * the deadline not passed today).
 */
public record RegistrationRoundSummary(
        long id,
        String schoolYear,
        String name,
        LocalDate deadline,
        LocalDate openedOn,
        boolean closed,
        boolean acceptsStaffChanges,
        List<TargetData> targets,
        long version) {}
