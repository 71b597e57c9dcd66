package vn.thidua.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.domain.MembershipDirectory;
import vn.thidua.identity.domain.MembershipDirectory.UnitMembership;
import vn.thidua.identity.domain.UserAccount;
import vn.thidua.identity.domain.UserAccountRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.Changes;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/** Builds the session's authentication for a user and an active unit; switches unit and language. */
@Service
public class ActiveUnitService {

    private final UserAccountRepository accounts;
    private final MembershipDirectory directory;
    private final OrgUnitService orgUnits;
    private final ApplicationEventPublisher events;

    ActiveUnitService(
            UserAccountRepository accounts,
            MembershipDirectory directory,
            OrgUnitService orgUnits,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    /**
     * Authentication of {@code userId} in {@code preferredUnitId} if the user belongs there, else in the first
     * unit active today. Throws {@link DisabledException} when the user belongs to no unit.
     */
    @Transactional(readOnly = true)
    public PortalAuthentication authenticationFor(long userId, Long preferredUnitId) {
        UserAccount user = accounts.findById(userId).orElseThrow(() -> new DisabledException("login.error.bad"));
        List<UnitMembership> units = directory.unitsOf(userId);
        if (units.isEmpty()) {
            throw new DisabledException("login.error.noUnit");
        }
        LocalDate today = LocalDate.now();
        UnitMembership chosen = units.stream()
                .filter(u -> preferredUnitId != null && u.unitId() == preferredUnitId)
                .findFirst()
                .orElseGet(() -> units.stream()
                        .filter(u -> orgUnits.get(u.unitId()).activeOn(today))
                        .findFirst()
                        .orElse(units.getFirst()));
        return new PortalAuthentication(new PortalPrincipal(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                chosen.unitId(),
                chosen.unitPath(),
                chosen.unitName(),
                parseRoles(chosen.roles()),
                user.getLocale()));
    }

    /** The units the current user belongs to. */
    @Transactional(readOnly = true)
    public List<UnitChoice> myUnits() {
        PortalPrincipal me = CurrentUser.require();
        List<UnitChoice> result = new ArrayList<>();
        for (UnitMembership m : directory.unitsOf(me.userId())) {
            result.add(new UnitChoice(m.unitId(), m.unitName(), parseRoles(m.roles())));
        }
        return result;
    }

    /** A new authentication with {@code unitId} active; the caller stores it in the session. */
    public PortalAuthentication switchTo(long unitId) {
        PortalPrincipal me = CurrentUser.require();
        boolean member = directory.unitsOf(me.userId()).stream().anyMatch(u -> u.unitId() == unitId);
        if (!member) {
            throw new AccessDeniedException("Not a member of unit " + unitId);
        }
        return authenticationFor(me.userId(), unitId);
    }

    /** Remembers the user's language ("vi" or "en") and returns the refreshed authentication. */
    @Transactional
    public PortalAuthentication changeLocale(String locale) {
        if (!"vi".equals(locale) && !"en".equals(locale)) {
            throw new IllegalArgumentException("locale");
        }
        PortalPrincipal me = CurrentUser.require();
        UserAccount user = accounts.findById(me.userId()).orElseThrow();
        String before = user.getLocale();
        user.setLocale(locale);
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "USER",
                user.getUsername(),
                "UPDATED",
                Changes.of().diff("locale", before, locale).toString()));
        PortalPrincipal updated = new PortalPrincipal(
                me.userId(),
                me.username(),
                me.displayName(),
                me.activeUnitId(),
                me.activeUnitPath(),
                me.activeUnitName(),
                me.roles(),
                locale);
        return new PortalAuthentication(updated);
    }

    /** Breadcrumb of the active unit: root … active. */
    @Transactional(readOnly = true)
    public List<OrgUnitSummary> activeBreadcrumb() {
        PortalPrincipal me = CurrentUser.require();
        List<OrgUnitSummary> crumbs = new ArrayList<>(orgUnits.ancestors(me.activeUnitId()));
        crumbs.add(orgUnits.get(me.activeUnitId()));
        return crumbs;
    }

    /** Some unit of the user (for auditing account events that happen before a unit is chosen). */
    java.util.Optional<Long> anyUnitOf(long userId) {
        return directory.unitsOf(userId).stream().map(UnitMembership::unitId).findFirst();
    }

    static Set<Role> parseRoles(String roles) {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        for (String r : roles.split(",")) {
            if (!r.isBlank()) {
                result.add(Role.valueOf(r.trim()));
            }
        }
        return result;
    }
}
