package vn.thidua.identity;

import java.util.Set;

/** A member of a unit as listed on the users page. */
public record MemberSummary(
        long membershipId,
        long userId,
        String username,
        String displayName,
        String email,
        String phone,
        String position,
        Set<Role> roles,
        boolean locked,
        boolean enabled,
        long version) {}
