package vn.thidua.registration;

import java.util.List;

/** The officer's overview of a round: staff with what each registered, collectives, targets, who is missing. */
public record RegistrationOverview(
        RegistrationRoundSummary round,
        List<StaffRow> staff,
        List<RegistrationSummary> collectives,
        List<TargetProgress> targets) {

    public List<StaffRow> missing() {
        return staff.stream().filter(r -> !r.registered()).toList();
    }
}
