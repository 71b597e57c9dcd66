package vn.thidua.submission;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.submission.domain.Round;
import vn.thidua.submission.domain.RoundQuota;
import vn.thidua.submission.domain.RoundQuotaRepository;
import vn.thidua.submission.domain.RoundRepository;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.TenantContext;
import vn.thidua.tenancy.TenantPrincipal;

/**
 * Collection rounds (đợt xét): opened by a unit for its subtree, visible to every unit below it, with quotas per
 * member unit. Only the opener edits or closes a round; quotas are allotted by a unit to its own members.
 */
@Service
@Validated
@Transactional
public class RoundService {

    private final RoundRepository rounds;
    private final RoundQuotaRepository quotas;
    private final OrgUnitService orgUnits;
    private final ApplicationEventPublisher events;

    RoundService(
            RoundRepository rounds,
            RoundQuotaRepository quotas,
            OrgUnitService orgUnits,
            ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.quotas = quotas;
        this.orgUnits = orgUnits;
        this.events = events;
    }

    /** Rounds opened by the active unit or any unit above it, open ones first. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional(readOnly = true)
    public List<RoundSummary> visible() {
        TenantPrincipal me = principal();
        return rounds.findVisible(me.activeUnitPath()).stream()
                .map(r -> toSummary(r, me.activeUnitId()))
                .toList();
    }

    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional(readOnly = true)
    public RoundSummary get(long roundId) {
        TenantPrincipal me = principal();
        return toSummary(visibleRound(roundId, me), me.activeUnitId());
    }

    @PreAuthorize("hasRole('ROUND_MANAGE')")
    public RoundSummary open(@Valid RoundData data) {
        return open(RoundKind.NOMINATION, data);
    }

    /** Opens a round collecting {@code kind} (nomination dossiers, registration lists) from the subtree. */
    @PreAuthorize("hasRole('ROUND_MANAGE')")
    public RoundSummary open(RoundKind kind, @Valid RoundData data) {
        TenantPrincipal me = principal();
        if (data.deadline().isBefore(Dates.today())) {
            throw new BusinessException("submission.round.error.deadlinePast");
        }
        Round round = new Round(me.activeUnitId(), me.activeUnitPath(), kind);
        apply(round, data);
        rounds.saveAndFlush(round);
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "ROUND",
                String.valueOf(round.getId()),
                "OPENED",
                Changes.of()
                        .set("kind", round.getKind())
                        .set("name", round.getName())
                        .set("deadline", Dates.format(round.getDeadline()))
                        .set("allowedCodes", round.getAllowedCodes())
                        .toString()));
        return toSummary(round, me.activeUnitId());
    }

    @PreAuthorize("hasRole('ROUND_MANAGE')")
    public RoundSummary update(long roundId, @Valid RoundData data) {
        TenantPrincipal me = principal();
        Round round = ownRound(roundId, me);
        if (round.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        Changes changes = Changes.of()
                .diff("name", round.getName(), data.name())
                .diff("schoolYear", round.getSchoolYear(), data.schoolYear())
                .diff("deadline", Dates.format(round.getDeadline()), Dates.format(data.deadline()))
                .diff("allowedCodes", round.getAllowedCodes(), String.join(",", new TreeSet<>(data.allowedCodes())))
                .diff("description", round.getDescription(), data.description())
                .diff("disclosureDays", round.getDisclosureDays(), data.disclosureDays());
        if (changes.isEmpty()) {
            return toSummary(round, me.activeUnitId());
        }
        apply(round, data);
        save(round);
        events.publishEvent(
                new AuditEvent(me.activeUnitId(), "ROUND", String.valueOf(roundId), "UPDATED", changes.toString()));
        return toSummary(round, me.activeUnitId());
    }

    /** Closes (or reopens) a round: a closed round accepts no more sending. */
    @PreAuthorize("hasRole('ROUND_MANAGE')")
    public RoundSummary setClosed(long roundId, boolean closed) {
        TenantPrincipal me = principal();
        Round round = ownRound(roundId, me);
        if (round.isClosed() != closed) {
            round.setClosed(closed);
            save(round);
            events.publishEvent(new AuditEvent(
                    me.activeUnitId(), "ROUND", String.valueOf(roundId), closed ? "CLOSED" : "REOPENED", ""));
        }
        return toSummary(round, me.activeUnitId());
    }

    /** Quotas the active unit allotted in a round: member unit id → award code → allotted. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Integer>> allotted(long roundId) {
        TenantPrincipal me = principal();
        visibleRound(roundId, me);
        Map<Long, Map<String, Integer>> result = new HashMap<>();
        for (RoundQuota q : quotas.findAllotted(roundId, me.activeUnitId())) {
            result.computeIfAbsent(q.getMemberUnitId(), k -> new HashMap<>()).put(q.getAwardCode(), q.getAllotted());
        }
        return result;
    }

    /** Quotas allotted to the active unit in a round: award code → allotted. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional(readOnly = true)
    public Map<String, Integer> myQuotas(long roundId) {
        TenantPrincipal me = principal();
        visibleRound(roundId, me);
        Map<String, Integer> result = new HashMap<>();
        quotas.findForMember(roundId, me.activeUnitId()).forEach(q -> result.put(q.getAwardCode(), q.getAllotted()));
        return result;
    }

    /** Allots {@code allotted} of {@code code} to a member unit (one that reports to the active unit). */
    @PreAuthorize("hasRole('ROUND_MANAGE')")
    public void allot(long roundId, long memberUnitId, String code, int allotted) {
        TenantPrincipal me = principal();
        RoundSummary round = toSummary(visibleRound(roundId, me), me.activeUnitId());
        if (round.closed()) {
            throw new BusinessException("submission.round.error.closed");
        }
        if (!round.allowedCodes().contains(code)) {
            throw new BusinessException("submission.quota.error.code", code);
        }
        if (allotted < 0 || allotted > 10_000) {
            throw new BusinessException("submission.quota.error.range");
        }
        boolean member = orgUnits.reportsTo(memberUnitId, Dates.today())
                .map(u -> u.id() == me.activeUnitId())
                .orElse(false);
        if (!member) {
            throw new AccessDeniedException("Unit " + memberUnitId + " is not a member of the active unit");
        }
        RoundQuota quota = quotas.findOne(roundId, me.activeUnitId(), memberUnitId, code)
                .orElseGet(() -> new RoundQuota(roundId, me.activeUnitId(), memberUnitId, code));
        Integer before = quota.getId() == null ? null : quota.getAllotted();
        if (before != null && before == allotted) {
            return;
        }
        quota.setAllotted(allotted);
        quotas.save(quota);
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "ROUND_QUOTA",
                roundId + "/" + orgUnits.get(memberUnitId).code() + "/" + code,
                before == null ? "CREATED" : "UPDATED",
                Changes.of().diff("allotted", before, allotted).toString()));
    }

    /**
     * Open rounds whose deadline is {@code deadline}, whoever opened them. For jobs without a user (the deadline
     * reminder): no permission check; rounds are published downward anyway and the caller must read each opener's
     * data under {@code TenantScope.forJob(round.ownerUnitId(), …)}. {@code ownedByActiveUnit} is always false.
     */
    @Transactional(readOnly = true)
    public List<RoundSummary> openRoundsWithDeadline(LocalDate deadline) {
        return rounds.findOpenWithDeadline(deadline).stream()
                .map(r -> toSummary(r, -1))
                .toList();
    }

    /** The round, if visible to the active unit (used by the send path). */
    private Round visibleRound(long roundId, TenantPrincipal me) {
        return rounds.findVisible(roundId, me.activeUnitPath()).orElseThrow(() -> new NotFoundException("round"));
    }

    private Round ownRound(long roundId, TenantPrincipal me) {
        Round round = visibleRound(roundId, me);
        if (round.getOwnerUnitId() != me.activeUnitId()) {
            throw new AccessDeniedException("Only the unit that opened the round may change it");
        }
        return round;
    }

    private void save(Round round) {
        try {
            rounds.saveAndFlush(round);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
    }

    private static void apply(Round round, RoundData data) {
        round.setName(data.name().trim());
        round.setSchoolYear(data.schoolYear());
        round.setDeadline(data.deadline());
        round.setAllowedCodes(String.join(",", new TreeSet<>(data.allowedCodes())));
        round.setDescription(Text.blankToNull(data.description()));
        round.setDisclosureDays(data.disclosureDays());
    }

    private RoundSummary toSummary(Round r, long activeUnitId) {
        return new RoundSummary(
                r.getId(),
                r.getKind(),
                r.getName(),
                r.getSchoolYear(),
                r.getDeadline(),
                r.getAllowedCodes() == null || r.getAllowedCodes().isBlank()
                        ? List.of()
                        : Arrays.asList(r.getAllowedCodes().split(",")),
                r.getDescription(),
                r.isClosed(),
                r.getDisclosureDays(),
                r.getOwnerUnitId(),
                orgUnits.get(r.getOwnerUnitId()).name(),
                r.getOwnerUnitId() == activeUnitId,
                r.getVersion());
    }

    private static TenantPrincipal principal() {
        return TenantContext.principal().orElseThrow(() -> new AccessDeniedException("No active unit"));
    }
}
