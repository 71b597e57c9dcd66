package vn.thidua.registration;

import java.util.Set;

/** What a staff member registers: individual titles, optionally an award form, and a short commitment. */
public record MyRegistrationData(Set<String> titleCodes, String formCode, String commitment) {

    public MyRegistrationData {
        titleCodes = titleCodes == null ? Set.of() : Set.copyOf(titleCodes);
    }
}
