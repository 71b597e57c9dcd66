package vn.thidua.exemplar;

/**
 * An exemplar added directly: an individual (a member of the unit, by user id) or a collective (by name, when
 * {@code userId} is null); the mentor is a member of the unit (optional).
 */
public record ExemplarData(
        Long userId, String collectiveName, ExemplarField field, String topic, String criteria, Long mentorUserId) {}
