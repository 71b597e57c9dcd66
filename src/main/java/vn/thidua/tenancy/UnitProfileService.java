package vn.thidua.tenancy;

import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.domain.UnitProfile;
import vn.thidua.tenancy.domain.UnitProfileRepository;

/**
 * The profile (hồ sơ đơn vị) of a unit. Reading: the unit itself and its ancestors. Editing: the unit's own
 * administrator ({@code UNIT_PROFILE_EDIT}) on the active unit only.
 */
@Service
@Validated
public class UnitProfileService {

    private final UnitProfileRepository profiles;
    private final OrgUnitService orgUnits;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;

    UnitProfileService(
            UnitProfileRepository profiles,
            OrgUnitService orgUnits,
            TenantScope scope,
            ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.events = events;
    }

    /** Profile of {@code unitId}, which must be the active unit or a descendant. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public UnitProfileDetails get(long unitId) {
        OrgUnitSummary unit = orgUnits.findVisible(unitId).orElseThrow(() -> new NotFoundException("unit"));
        return scope.readInUnit(unitId, () -> profiles.findCurrent()
                .map(p -> new UnitProfileDetails(
                        unit,
                        p.getAddress(),
                        p.getPhone(),
                        p.getEmail(),
                        p.getHeadName(),
                        p.getDocumentAbbreviation(),
                        p.getVersion()))
                .orElseGet(() -> new UnitProfileDetails(unit, null, null, null, null, null, -1)));
    }

    /** Saves the active unit's profile; {@code data.version()} guards against concurrent edits. */
    @PreAuthorize("hasRole('UNIT_PROFILE_EDIT')")
    public UnitProfileDetails update(long unitId, @Valid UnitProfileData data) {
        long active = TenantContext.requireActiveUnitId();
        if (unitId != active) {
            throw new org.springframework.security.access.AccessDeniedException("Only the unit's own profile");
        }
        scope.inUnit(unitId, () -> {
            UnitProfile profile = profiles.findCurrent().orElseGet(UnitProfile::new);
            if (profile.getId() != null && profile.getVersion() != data.version()) {
                throw new BusinessException("common.error.concurrent");
            }
            Changes changes = Changes.of()
                    .diff("address", profile.getAddress(), data.address())
                    .diff("phone", profile.getPhone(), data.phone())
                    .diff("email", profile.getEmail(), data.email())
                    .diff("headName", profile.getHeadName(), data.headName())
                    .diff("documentAbbreviation", profile.getDocumentAbbreviation(), data.documentAbbreviation());
            if (changes.isEmpty()) {
                return null;
            }
            boolean created = profile.getId() == null;
            profile.setAddress(Text.blankToNull(data.address()));
            profile.setPhone(Text.blankToNull(data.phone()));
            profile.setEmail(Text.blankToNull(data.email()));
            profile.setHeadName(Text.blankToNull(data.headName()));
            profile.setDocumentAbbreviation(Text.blankToNull(data.documentAbbreviation()));
            try {
                profiles.saveAndFlush(profile);
            } catch (ObjectOptimisticLockingFailureException e) {
                throw new BusinessException("common.error.concurrent");
            }
            events.publishEvent(new AuditEvent(
                    unitId,
                    "UNIT_PROFILE",
                    orgUnits.get(unitId).code(),
                    created ? "CREATED" : "UPDATED",
                    changes.toString()));
            return null;
        });
        return get(unitId);
    }
}
