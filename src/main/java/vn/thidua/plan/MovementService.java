package vn.thidua.plan;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.plan.domain.Movement;
import vn.thidua.plan.domain.MovementRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * Emulation movements: a unit drafts one (name, kind, period, description, targets, milestones) and launches it
 * (phát động), after which its whole subtree sees it and may plan under it. Every change is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MovementService {

    private static final int MIN_YEAR = 2000;
    private static final int MAX_SPAN = 10;

    private final MovementRepository movements;
    private final PlanAccess access;
    private final PlanContentCodec codec;
    private final OrgUnitService orgUnits;
    private final ApplicationEventPublisher events;

    MovementService(
            MovementRepository movements,
            PlanAccess access,
            PlanContentCodec codec,
            OrgUnitService orgUnits,
            ApplicationEventPublisher events) {
        this.movements = movements;
        this.access = access;
        this.codec = codec;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    /** The active unit's movements (drafts included) and the launched movements of every unit above it. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<MovementSummary> list() {
        PortalPrincipal me = CurrentUser.require();
        return access.movements(me).stream().map(m -> summary(m, me)).toList();
    }

    @PreAuthorize("hasRole('PLAN_VIEW')")
    public MovementDetails get(long movementId) {
        PortalPrincipal me = CurrentUser.require();
        Movement m = access.movement(movementId, me).orElseThrow(() -> new NotFoundException("movement"));
        return new MovementDetails(
                summary(m, me),
                m.getDescription(),
                m.getTargets(),
                codec.milestones(m.getMilestones()),
                m.getVersion());
    }

    /** A new draft movement of the active unit. */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public long create(@Valid MovementData data) {
        PortalPrincipal me = CurrentUser.require();
        check(data);
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        Movement m = new Movement(unit.id(), unit.path(), unit.name(), Instant.now(), me.displayName());
        apply(m, data);
        movements.saveAndFlush(m);
        audit(m, "CREATED", "name: " + m.getName() + "; period: " + m.getStartYear() + "-" + m.getEndYear());
        return m.getId();
    }

    /** Edits a movement of the active unit (a launched one too: e.g. a milestone date moved, audited). */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public void update(long movementId, @Valid MovementData data) {
        PortalPrincipal me = CurrentUser.require();
        Movement m = own(movementId, me);
        if (m.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        check(data);
        String milestones = codec.writeMilestones(cleaned(data.milestones()));
        Changes changes = Changes.of()
                .diff(
                        "name",
                        m.getName(),
                        data.name() == null ? null : data.name().strip())
                .diff("kind", m.getKind(), data.kind())
                .diff("period", m.getStartYear() + "-" + m.getEndYear(), data.startYear() + "-" + data.endYear())
                .diff("description", m.getDescription(), Text.blankToNull(data.description()))
                .diff("targets", m.getTargets(), Text.blankToNull(data.targets()))
                .diff("milestones", m.getMilestones(), milestones);
        if (changes.isEmpty()) {
            return;
        }
        apply(m, data);
        try {
            movements.saveAndFlush(m);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
        audit(m, "UPDATED", changes.toString());
    }

    /** Launches (phát động) a draft movement of the active unit to its subtree. */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public void launch(long movementId, long version) {
        PortalPrincipal me = CurrentUser.require();
        Movement m = own(movementId, me);
        if (m.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        if (m.getStatus() == MovementStatus.LAUNCHED) {
            throw new BusinessException("movement.error.launched");
        }
        m.launch(Instant.now(), me.displayName());
        try {
            movements.saveAndFlush(m);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
        audit(m, "LAUNCHED", "status: DRAFT → LAUNCHED");
        events.publishEvent(new MovementLaunched(m.getId(), m.getUnitId(), m.getName()));
    }

    private Movement own(long movementId, PortalPrincipal me) {
        return movements.findOwn(movementId, me.activeUnitId()).orElseThrow(() -> new NotFoundException("movement"));
    }

    private static void check(MovementData data) {
        if (Text.blankToNull(data.name()) == null) {
            throw new BusinessException("movement.error.name");
        }
        if (data.startYear() < MIN_YEAR
                || data.endYear() < data.startYear()
                || data.endYear() - data.startYear() > MAX_SPAN) {
            throw new BusinessException(
                    "movement.error.period", String.valueOf(data.startYear()), String.valueOf(data.endYear()));
        }
        for (Milestone m : data.milestones()) {
            if (Text.blankToNull(m.what()) != null && m.due() == null) {
                throw new BusinessException("movement.error.milestoneDate", m.what());
            }
        }
    }

    private void apply(Movement m, MovementData data) {
        m.setName(data.name().strip());
        m.setKind(data.kind());
        m.setStartYear(data.startYear());
        m.setEndYear(data.endYear());
        m.setDescription(Text.blankToNull(data.description()));
        m.setTargets(Text.blankToNull(data.targets()));
        m.setMilestones(codec.writeMilestones(cleaned(data.milestones())));
    }

    private static List<Milestone> cleaned(List<Milestone> milestones) {
        return milestones.stream()
                .filter(x -> Text.blankToNull(x.what()) != null)
                .map(x -> new Milestone(x.what().strip(), x.due(), Text.blankToNull(x.who()), null))
                .toList();
    }

    private static MovementSummary summary(Movement m, PortalPrincipal me) {
        return new MovementSummary(
                m.getId(),
                m.getUnitId(),
                m.getUnitName(),
                m.getName(),
                m.getKind(),
                m.getStartYear(),
                m.getEndYear(),
                m.getStatus(),
                m.getLaunchedAt(),
                m.getUnitId() == me.activeUnitId());
    }

    private void audit(Movement m, String action, String changes) {
        events.publishEvent(new AuditEvent(m.getUnitId(), "MOVEMENT", String.valueOf(m.getId()), action, changes));
    }
}
