package vn.thidua.registration;

/** A member of the unit with their registration in the round ({@code registration} null: not registered). */
public record StaffRow(long userId, String displayName, String position, RegistrationSummary registration) {

    public boolean registered() {
        return registration != null;
    }
}
