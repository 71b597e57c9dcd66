package vn.thidua.registration;

/** A candidate for an advanced model (điển hình tiên tiến) marked in a round, with the field of the model. */
public record ModelCandidate(
        long registrationId, String schoolYear, Long userId, String name, String position, String modelField) {}
