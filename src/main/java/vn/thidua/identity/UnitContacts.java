package vn.thidua.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.domain.MembershipDirectory;
import vn.thidua.identity.domain.UserAccountRepository;

/**
 * System look-up of whom to tell about something that happened to a unit: the people holding given roles in
 * <em>one</em> unit, with the address to write to. Used by notifications, which run inside another unit's
 * transaction (a school sending to its commune office) or in a job without a user, so it deliberately does not go
 * through {@link UserAdminService} (which is restricted to the active subtree). It returns only what a notice
 * needs — id, name and e-mail — never roles, phones or other account data, and it grants no access to anything.
 */
@Component
@Transactional(readOnly = true)
public class UnitContacts {

    /** A person to notify; {@code email} may be null (in-app only). */
    public record Contact(long userId, String displayName, String email) {}

    private final MembershipDirectory directory;
    private final UserAccountRepository accounts;

    UnitContacts(MembershipDirectory directory, UserAccountRepository accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    /** Enabled accounts holding at least one of {@code roles} in {@code unitId}. */
    public List<Contact> recipients(long unitId, Set<Role> roles) {
        return directory.membersOf(unitId).stream()
                .filter(m -> holdsAny(m.roles(), roles))
                .map(m -> new Contact(m.userId(), m.displayName(), m.email()))
                .toList();
    }

    /** The account {@code userId} as a contact, if it exists and is enabled (e.g. an awarded person). */
    public Optional<Contact> person(long userId) {
        return accounts.findById(userId)
                .filter(a -> a.isEnabled())
                .map(a -> new Contact(a.getId(), a.getDisplayName(), a.getEmail()));
    }

    private static boolean holdsAny(String stored, Set<Role> wanted) {
        if (stored == null || stored.isBlank()) {
            return false;
        }
        return Arrays.stream(stored.split(",")).map(String::trim).anyMatch(name -> wanted.stream()
                .anyMatch(r -> r.name().equals(name)));
    }
}
