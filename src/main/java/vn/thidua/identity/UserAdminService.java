package vn.thidua.identity;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import vn.thidua.identity.domain.Membership;
import vn.thidua.identity.domain.MembershipDirectory;
import vn.thidua.identity.domain.MembershipRepository;
import vn.thidua.identity.domain.UserAccount;
import vn.thidua.identity.domain.UserAccountRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.TenantScope;

/**
 * Delegated administration: an administrator manages the users of its active unit and of every unit below it,
 * and grants only roles it holds itself. Every change is audited in the same transaction.
 */
@Service
@Validated
public class UserAdminService {

    static final int MIN_PASSWORD = 8;

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final MembershipDirectory directory;
    private final TenantScope scope;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    UserAdminService(
            UserAccountRepository accounts,
            MembershipRepository memberships,
            MembershipDirectory directory,
            TenantScope scope,
            PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.directory = directory;
        this.scope = scope;
        this.encoder = encoder;
        this.events = events;
    }

    @PreAuthorize("hasRole('USER_VIEW')")
    public List<MemberSummary> members(long unitId, String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return scope.readInUnit(
                unitId, () -> memberships.search(Text.likePattern(filter), PageRequest.of(offset / size, size)).stream()
                        .map(UserAdminService::toSummary)
                        .toList());
    }

    @PreAuthorize("hasRole('USER_VIEW')")
    public long countMembers(long unitId, String filter) {
        return scope.readInUnit(unitId, () -> memberships.countSearch(Text.likePattern(filter)));
    }

    @PreAuthorize("hasRole('USER_VIEW')")
    public MemberSummary member(long unitId, long membershipId) {
        return scope.readInUnit(unitId, () -> memberships
                .findWithUser(membershipId)
                .map(UserAdminService::toSummary)
                .orElseThrow(() -> new NotFoundException("membership " + membershipId)));
    }

    /** Roles the current administrator may grant (the roles it holds in its active unit). */
    public Set<Role> grantableRoles() {
        return CurrentUser.get().map(PortalPrincipal::roles).orElse(Set.of());
    }

    /**
     * Creates a membership in {@code unitId}: for a new username also the account (with {@code password}); an
     * existing username is added to the unit if the caller may manage all of that user's units.
     */
    @PreAuthorize("hasRole('USER_MANAGE')")
    public MemberSummary create(long unitId, @Valid UserData data) {
        checkGrantable(data.roles());
        return scope.inUnit(unitId, () -> {
            UserAccount user = accounts.findByUsername(data.username()).orElse(null);
            boolean newAccount = user == null;
            if (newAccount) {
                checkPassword(data.password());
                checkEmailFree(data.email(), null);
                user = new UserAccount(data.username(), data.displayName().trim());
                user.setEmail(Text.blankToNull(data.email()));
                user.setPhone(Text.blankToNull(data.phone()));
                user.setPasswordHash(encoder.encode(data.password()));
                accounts.save(user);
                events.publishEvent(new AuditEvent(
                        unitId,
                        "USER",
                        user.getUsername(),
                        "CREATED",
                        Changes.of()
                                .set("displayName", user.getDisplayName())
                                .set("email", user.getEmail())
                                .toString()));
            } else {
                if (memberships.findByUserId(user.getId()).isPresent()) {
                    throw new BusinessException("identity.user.alreadyMember", data.username());
                }
                checkAccountManageable(user);
            }
            Membership m = memberships.save(new Membership(user, data.roles(), Text.blankToNull(data.position())));
            events.publishEvent(new AuditEvent(
                    unitId,
                    "MEMBERSHIP",
                    user.getUsername(),
                    "CREATED",
                    Changes.of()
                            .set("roles", rolesText(data.roles()))
                            .set("position", m.getPosition())
                            .toString()));
            memberships.flush();
            return toSummary(m);
        });
    }

    /** Updates account fields (when the caller manages all the user's units), position and roles. */
    @PreAuthorize("hasRole('USER_MANAGE')")
    public MemberSummary update(long unitId, long membershipId, long version, @Valid UserData data) {
        return scope.inUnit(unitId, () -> {
            Membership m = memberships
                    .findWithUser(membershipId)
                    .orElseThrow(() -> new NotFoundException("membership " + membershipId));
            if (m.getVersion() != version) {
                throw new BusinessException("common.error.concurrent");
            }
            UserAccount user = m.getUser();
            Set<Role> before = m.getRoles();
            if (!before.equals(data.roles())) {
                if (user.getId() == CurrentUser.require().userId()) {
                    throw new BusinessException("identity.user.ownRoles");
                }
                Set<Role> touched = EnumSet.noneOf(Role.class);
                touched.addAll(symmetricDifference(before, data.roles()));
                checkGrantable(touched);
            }
            Changes membershipChanges = Changes.of()
                    .diff("roles", rolesText(before), rolesText(data.roles()))
                    .diff("position", m.getPosition(), data.position());
            Changes accountChanges = Changes.of()
                    .diff("displayName", user.getDisplayName(), data.displayName())
                    .diff("email", user.getEmail(), data.email())
                    .diff("phone", user.getPhone(), data.phone());
            if (!accountChanges.isEmpty()) {
                checkAccountManageable(user);
                checkEmailFree(data.email(), user.getId());
                user.setDisplayName(data.displayName().trim());
                user.setEmail(Text.blankToNull(data.email()));
                user.setPhone(Text.blankToNull(data.phone()));
                events.publishEvent(
                        new AuditEvent(unitId, "USER", user.getUsername(), "UPDATED", accountChanges.toString()));
            }
            if (!membershipChanges.isEmpty()) {
                m.setRoles(data.roles());
                m.setPosition(Text.blankToNull(data.position()));
                events.publishEvent(new AuditEvent(
                        unitId, "MEMBERSHIP", user.getUsername(), "UPDATED", membershipChanges.toString()));
            }
            try {
                memberships.flush();
            } catch (ObjectOptimisticLockingFailureException e) {
                throw new BusinessException("common.error.concurrent");
            }
            return toSummary(m);
        });
    }

    /** Removes the user from the unit (the account stays; its other memberships are untouched). */
    @PreAuthorize("hasRole('USER_MANAGE')")
    public void remove(long unitId, long membershipId) {
        scope.inUnit(unitId, () -> {
            Membership m = memberships
                    .findWithUser(membershipId)
                    .orElseThrow(() -> new NotFoundException("membership " + membershipId));
            if (m.getUser().getId() == CurrentUser.require().userId()) {
                throw new BusinessException("identity.user.ownRoles");
            }
            checkGrantable(m.getRoles());
            memberships.delete(m);
            events.publishEvent(new AuditEvent(
                    unitId,
                    "MEMBERSHIP",
                    m.getUser().getUsername(),
                    "DELETED",
                    Changes.of().diff("roles", rolesText(m.getRoles()), null).toString()));
            return null;
        });
    }

    /** Sets a new password and lifts a lockout. */
    @PreAuthorize("hasRole('USER_MANAGE')")
    public void resetPassword(long unitId, long membershipId, String newPassword) {
        scope.inUnit(unitId, () -> {
            Membership m = memberships
                    .findWithUser(membershipId)
                    .orElseThrow(() -> new NotFoundException("membership " + membershipId));
            UserAccount user = m.getUser();
            checkAccountManageable(user);
            checkPassword(newPassword);
            user.setPasswordHash(encoder.encode(newPassword));
            user.unlock();
            events.publishEvent(new AuditEvent(unitId, "USER", user.getUsername(), "PASSWORD_RESET", ""));
            return null;
        });
    }

    void checkGrantable(Set<Role> roles) {
        Set<Role> mine = grantableRoles();
        for (Role r : roles) {
            if (!mine.contains(r)) {
                throw new BusinessException("identity.user.roleNotGrantable", r.name());
            }
        }
    }

    private void checkAccountManageable(UserAccount user) {
        String myPath = CurrentUser.require().activeUnitPath();
        if (directory.hasMembershipOutside(user.getId(), myPath)) {
            throw new BusinessException("identity.user.accountOutside", user.getUsername());
        }
    }

    private void checkEmailFree(String email, Long ownId) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmailIgnoreCase(email.trim()).ifPresent(other -> {
            if (!other.getId().equals(ownId)) {
                throw new BusinessException("identity.user.emailTaken", email);
            }
        });
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new BusinessException("identity.user.passwordTooShort", MIN_PASSWORD);
        }
    }

    private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        a.stream().filter(r -> !b.contains(r)).forEach(result::add);
        b.stream().filter(r -> !a.contains(r)).forEach(result::add);
        return result;
    }

    static String rolesText(Set<Role> roles) {
        return roles == null || roles.isEmpty()
                ? null
                : String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }

    private static MemberSummary toSummary(Membership m) {
        UserAccount u = m.getUser();
        return new MemberSummary(
                m.getId(),
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmail(),
                u.getPhone(),
                m.getPosition(),
                m.getRoles(),
                u.isLocked(java.time.Instant.now()),
                u.isEnabled(),
                m.getVersion());
    }
}
