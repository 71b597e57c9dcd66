package vn.thidua.identity;

import java.util.Set;

/** A unit the current user belongs to, for the active-unit picker. */
public record UnitChoice(long unitId, String unitName, Set<Role> roles) {}
