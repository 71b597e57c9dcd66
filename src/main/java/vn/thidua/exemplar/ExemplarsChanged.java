package vn.thidua.exemplar;

/**
 * Something the exemplar counts of {@code unitId} depend on changed — its registry, an entry, or a unit's "learned
 * from" record on one of its stories — in the transaction that publishes this event.
 */
public record ExemplarsChanged(long unitId) {}
