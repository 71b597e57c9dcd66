package vn.thidua.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * The officer asked to remind the staff who have not registered in a round (published in the asking transaction;
 * the notification module writes one notification per person).
 */
public record RegistrationReminderRequested(
        long unitId, long roundId, String roundName, LocalDate deadline, List<Long> userIds) {

    public RegistrationReminderRequested {
        userIds = List.copyOf(userIds);
    }
}
