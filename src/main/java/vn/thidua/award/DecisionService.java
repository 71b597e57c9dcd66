package vn.thidua.award;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.thidua.award.domain.AwardDecision;
import vn.thidua.award.domain.AwardDecisionRepository;
import vn.thidua.award.domain.AwardRecord;
import vn.thidua.award.domain.AwardRecordRepository;
import vn.thidua.award.domain.DecisionItem;
import vn.thidua.award.domain.DecisionItemRepository;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.identity.UserAdminService;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.numbering.NumberSeries;
import vn.thidua.numbering.NumberingService;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.submission.ReceivedItem;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.UnitProfileService;

/**
 * Award decisions of the active unit (the unit with authority) and the award history. Issuing takes the next
 * number of the unit's registry atomically, computes the money, writes the history of every awardee and marks the
 * originating nominations "đã quyết định"; issued decisions are read-only.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DecisionService {

    private static final int MIN_REASON = 5;

    private final AwardDecisionRepository decisions;
    private final DecisionItemRepository items;
    private final NumberingService numbering;
    private final AwardRecordRepository records;
    private final SubmissionService submissions;
    private final RoundService rounds;
    private final NominationService nominations;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;
    private final UserAdminService users;
    private final ApplicationEventPublisher events;

    DecisionService(
            UnitProfileService profiles,
            AwardDecisionRepository decisions,
            DecisionItemRepository items,
            NumberingService numbering,
            AwardRecordRepository records,
            SubmissionService submissions,
            RoundService rounds,
            NominationService nominations,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            UserAdminService users,
            ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.items = items;
        this.numbering = numbering;
        this.records = records;
        this.submissions = submissions;
        this.rounds = rounds;
        this.nominations = nominations;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
        this.users = users;
        this.events = events;
    }

    @PreAuthorize("hasRole('DECISION_MANAGE')")
    public List<DecisionSummary> decisions() {
        return decisions.findAllByOrderByDecisionDateDescIdDesc().stream()
                .map(this::summary)
                .toList();
    }

    /**
     * Starts a draft decision: for the items accepted in a round, or — {@code roundId} null — for the unit's own
     * people and collectives within its authority (e.g. a principal's Giấy khen), added with {@link #addOwn}.
     */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public long createDraft(Long roundId, @Valid DecisionData data) {
        AwardDecision decision =
                new AwardDecision(roundId == null ? null : rounds.get(roundId).id());
        apply(decision, data);
        decisions.saveAndFlush(decision);
        audit(decision, "CREATED", "subject: " + decision.getSubject());
        return decision.getId();
    }

    @PreAuthorize("hasRole('DECISION_MANAGE')")
    public DecisionDetails details(long decisionId) {
        AwardDecision d = decision(decisionId);
        Locale locale = locale();
        List<DecisionItemSummary> list = items.findByDecision(decisionId).stream()
                .map(i -> new DecisionItemSummary(
                        i.getId(),
                        i.getSeq(),
                        i.getAwardCode(),
                        catalogue
                                .find(i.getAwardCode())
                                .map(t -> t.name(locale))
                                .orElse(i.getAwardCode()),
                        i.getSubject(),
                        i.getFullName(),
                        i.getPosition(),
                        i.getWorkUnit(),
                        i.getOriginUnitName(),
                        i.getAmount()))
                .toList();
        return new DecisionDetails(
                summary(d),
                d.getAuthorityLine(),
                d.getSignerPrefix(),
                d.getSignerTitle(),
                d.getSignerName(),
                d.getLegalBases(),
                d.getPlace(),
                list);
    }

    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public void update(long decisionId, @Valid DecisionData data) {
        AwardDecision d = draft(decisionId);
        if (d.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        Changes changes = Changes.of()
                .diff("subject", d.getSubject(), data.subject())
                .diff("schoolYear", d.getSchoolYear(), data.schoolYear())
                .diff("decisionDate", Dates.format(d.getDecisionDate()), Dates.format(data.decisionDate()))
                .diff("authorityLine", d.getAuthorityLine(), data.authorityLine())
                .diff("signerPrefix", d.getSignerPrefix(), data.signerPrefix())
                .diff("signerTitle", d.getSignerTitle(), data.signerTitle())
                .diff("signerName", d.getSignerName(), data.signerName())
                .diff("legalBases", d.getLegalBases(), data.legalBases())
                .diff("place", d.getPlace(), data.place());
        if (changes.isEmpty()) {
            return;
        }
        apply(d, data);
        try {
            decisions.saveAndFlush(d);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
        audit(d, "UPDATED", changes.toString());
    }

    /** Accepted items of the decision's round, flagged when a decision of the unit already lists them. */
    @PreAuthorize("hasRole('DECISION_MANAGE') and hasRole('SUBMISSION_REVIEW')")
    public List<DecisionCandidate> candidates(long decisionId) {
        AwardDecision d = decision(decisionId);
        if (d.getRoundId() == null) {
            return List.of();
        }
        Set<String> used = decidedSources();
        Locale locale = locale();
        String unitType =
                orgUnits.get(CurrentUser.require().activeUnitId()).type().name();
        return submissions.acceptedItems(d.getRoundId()).stream()
                .map(r -> new DecisionCandidate(
                        r,
                        catalogue
                                .find(r.item().category())
                                .map(t -> t.name(locale))
                                .orElse(r.item().category()),
                        used.contains(r.inboxSubmissionId() + "#" + r.item().seq()),
                        catalogue.mayDecide(r.item().category(), unitType)))
                .toList();
    }

    /** Adds picked accepted items to a draft decision, in the legal order; items already decided are skipped. */
    @PreAuthorize("hasRole('DECISION_MANAGE') and hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public int addItems(long decisionId, Collection<ReceivedItemRef> picked) {
        AwardDecision d = draft(decisionId);
        Map<String, ReceivedItem> byRef = new HashMap<>();
        for (ReceivedItem r : submissions.acceptedItems(d.getRoundId())) {
            byRef.put(r.inboxSubmissionId() + "#" + r.item().seq(), r);
        }
        Set<String> used = decidedSources();
        List<DecisionItem> list = new ArrayList<>(items.findByDecision(decisionId));
        String unitType =
                orgUnits.get(CurrentUser.require().activeUnitId()).type().name();
        int added = 0;
        for (ReceivedItemRef ref : picked) {
            String key = ref.inboxSubmissionId() + "#" + ref.seq();
            ReceivedItem r = byRef.get(key);
            if (r == null) {
                throw new NotFoundException("received item");
            }
            if (!used.add(key)) {
                continue;
            }
            SubmissionItem item = r.item();
            if (!catalogue.mayDecide(item.category(), unitType)) {
                throw new BusinessException(
                        "award.error.authority", catalogue.get(item.category()).name(locale()), item.label());
            }
            String personId = item.get("personUserId");
            list.add(new DecisionItem(
                    decisionId,
                    0,
                    item.category(),
                    item.subject(),
                    item.label(),
                    Text.blankToNull(item.get("position")),
                    Text.blankToNull(item.get("workUnit")),
                    item.originUnitId(),
                    item.originUnitName(),
                    item.originRef(),
                    r.inboxSubmissionId(),
                    item.seq(),
                    personId.isBlank() ? null : Long.valueOf(personId)));
            added++;
        }
        sortInLegalOrder(list);
        items.saveAll(list);
        if (added > 0) {
            audit(d, "ITEMS_ADDED", "items: " + added);
        }
        return added;
    }

    /** Adds one of the unit's own people or collectives, for an award the unit decides itself. */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public void addOwn(long decisionId, @Valid OwnAwardData data) {
        AwardDecision d = draft(decisionId);
        PortalPrincipal me = CurrentUser.require();
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        AwardTypeSummary type = catalogue.get(data.awardCode());
        if (!type.subject().name().equals(data.subject())) {
            throw new BusinessException("nomination.error.subjectMismatch");
        }
        if (!catalogue.mayDecide(type.code(), unit.type().name())) {
            throw new BusinessException("award.error.authority", type.name(locale()), data.fullName());
        }
        List<DecisionItem> list = new ArrayList<>(items.findByDecision(decisionId));
        list.add(new DecisionItem(
                decisionId,
                0,
                type.code(),
                data.subject(),
                data.fullName().trim(),
                Text.blankToNull(data.position()),
                unit.name(),
                unit.id(),
                unit.name(),
                null,
                null,
                null,
                data.personUserId()));
        sortInLegalOrder(list);
        items.saveAll(list);
        audit(d, "ITEMS_ADDED", "%s (%s)".formatted(data.fullName().trim(), type.code()));
    }

    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public void removeItem(long itemId) {
        DecisionItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("decision item"));
        AwardDecision d = draft(item.getDecisionId());
        items.delete(item);
        audit(d, "ITEM_REMOVED", item.getFullName() + " (" + item.getAwardCode() + ")");
    }

    /**
     * Issues a draft: takes the next number of the unit's registry for the decision's year (locked row, so two
     * people issuing at once never share a number), computes the money, writes the award history and marks the
     * originating nominations decided — all in one transaction.
     */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public DecisionSummary issue(long decisionId, long version) {
        PortalPrincipal me = CurrentUser.require();
        AwardDecision d = draft(decisionId);
        if (d.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        List<DecisionItem> list = items.findByDecision(decisionId);
        if (list.isEmpty()) {
            throw new BusinessException("award.error.noItems");
        }
        if (Text.blankToNull(d.getSignerName()) == null) {
            throw new BusinessException("award.error.noSigner");
        }
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        int number = numbering.take(NumberSeries.UNIT, d.getDecisionDate().getYear());
        String numberText =
                "%02d/QĐ-%s".formatted(number, profiles.get(unit.id()).documentSymbol());
        d.issue(number, numberText, Instant.now(), me.displayName());
        String label = "QĐ số %s ngày %s".formatted(numberText, Dates.format(d.getDecisionDate()));
        Set<Long> origins = new LinkedHashSet<>();
        Set<Long> awardedUsers = new LinkedHashSet<>();
        for (DecisionItem item : list) {
            item.setAmount(catalogue.amount(item.getAwardCode(), d.getDecisionDate()));
            OrgUnitSummary holder = orgUnits.get(item.getOriginUnitId());
            records.save(new AwardRecord(
                    me.activeUnitId(),
                    d.getId(),
                    label,
                    d.getDecisionDate(),
                    d.getSchoolYear(),
                    item.getAwardCode(),
                    item.getSubject(),
                    item.getFullName(),
                    item.getPersonUserId(),
                    holder.id(),
                    holder.name(),
                    holder.path(),
                    item.getAmount()));
            if (item.getOriginRef() != null) {
                nominations.markDecided(item.getOriginUnitId(), item.getOriginRef(), label);
            }
            origins.add(item.getOriginUnitId());
            if (item.getPersonUserId() != null) {
                awardedUsers.add(item.getPersonUserId());
            }
        }
        try {
            decisions.saveAndFlush(d);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
        audit(d, "ISSUED", "number: %s; items: %d".formatted(numberText, list.size()));
        events.publishEvent(
                new DecisionIssued(d.getId(), me.activeUnitId(), label, Set.copyOf(origins), Set.copyOf(awardedUsers)));
        return summary(d);
    }

    /** Revokes an award the active unit decided (hủy bỏ), with reason and legal basis; history keeps it. */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public void revoke(long recordId, String reason, String basis) {
        PortalPrincipal me = CurrentUser.require();
        AwardRecord record =
                records.findDecidedBy(recordId, me.activeUnitId()).orElseThrow(() -> new NotFoundException("award"));
        if (record.getRevokedAt() != null) {
            throw new BusinessException("award.error.alreadyRevoked");
        }
        String r = reason == null ? "" : reason.trim();
        String b = basis == null ? "" : basis.trim();
        if (r.length() < MIN_REASON || b.isEmpty()) {
            throw new BusinessException("award.error.revokeReason", MIN_REASON);
        }
        record.revoke(Instant.now(), me.displayName(), r, b);
        records.saveAndFlush(record);
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "AWARD",
                String.valueOf(recordId),
                "REVOKED",
                "%s — %s; reason: %s; basis: %s".formatted(record.getFullName(), record.getDecisionLabel(), r, b)));
        events.publishEvent(
                new AuditEvent(record.getHolderUnitId(), "AWARD", String.valueOf(recordId), "REVOKED", "reason: " + r));
        events.publishEvent(
                new AwardRevoked(recordId, me.activeUnitId(), record.getHolderUnitId(), record.getFullName(), r));
    }

    /** The logged-in person's own awards, wherever they were decided. */
    @PreAuthorize("isAuthenticated()")
    public List<AwardRecordSummary> myAwards() {
        PortalPrincipal me = CurrentUser.require();
        return records.findForPerson(me.userId()).stream()
                .map(r -> toSummary(r, me))
                .toList();
    }

    /**
     * The standing awards (revoked ones left out) of the people who are members of the active unit now, wherever
     * they were decided, by user id: the history the unit's council judges its people on.
     */
    @PreAuthorize("hasRole('AWARD_VIEW') and hasRole('USER_VIEW')")
    public Map<Long, List<AwardRecordSummary>> awardsOfMembers() {
        PortalPrincipal me = CurrentUser.require();
        Set<Long> memberIds = new HashSet<>();
        users.members(me.activeUnitId(), null, 0, 5_000).forEach(m -> memberIds.add(m.userId()));
        Map<Long, List<AwardRecordSummary>> result = new HashMap<>();
        if (!memberIds.isEmpty()) {
            for (AwardRecord r : records.findStandingForPersons(memberIds)) {
                result.computeIfAbsent(r.getPersonUserId(), id -> new ArrayList<>())
                        .add(toSummary(r, me));
            }
        }
        return result;
    }

    /**
     * Awards of the active unit's subtree, and every award of people who are members of the active unit now (a
     * teacher who moved keeps her history).
     */
    @PreAuthorize("hasRole('AWARD_VIEW')")
    public List<AwardRecordSummary> history(String filter, int offset, int limit) {
        PortalPrincipal me = CurrentUser.require();
        Set<Long> memberIds = new HashSet<>();
        memberIds.add(-1L);
        if (me.can(vn.thidua.shared.Permission.USER_VIEW)) {
            users.members(me.activeUnitId(), null, 0, 5_000).forEach(m -> memberIds.add(m.userId()));
        }
        int size = Math.max(1, limit);
        return records
                .findVisible(
                        me.activeUnitPath(), memberIds, Text.likePattern(filter), PageRequest.of(offset / size, size))
                .stream()
                .map(r -> toSummary(r, me))
                .toList();
    }

    /** The award records of an issued decision of the active unit (for revocation). */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    public List<AwardRecordSummary> records(long decisionId) {
        PortalPrincipal me = CurrentUser.require();
        decision(decisionId);
        return records.findForDecision(decisionId, me.activeUnitId()).stream()
                .map(r -> toSummary(r, me))
                .toList();
    }

    private AwardRecordSummary toSummary(AwardRecord r, PortalPrincipal me) {
        Locale locale = locale();
        return new AwardRecordSummary(
                r.getId(),
                r.getFullName(),
                r.getSubject(),
                r.getAwardCode(),
                catalogue.find(r.getAwardCode()).map(t -> t.name(locale)).orElse(r.getAwardCode()),
                r.getSchoolYear(),
                r.getDecisionLabel(),
                r.getDecisionDate(),
                r.getHolderUnitName(),
                r.getAmount(),
                r.getRevokedAt() != null,
                r.getRevokeReason(),
                r.getRevokeBasis(),
                r.getDecisionUnitId() == me.activeUnitId());
    }

    private void sortInLegalOrder(List<DecisionItem> list) {
        Map<String, AwardTypeSummary> types = new HashMap<>();
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
        list.sort(java.util.Comparator.comparing(
                        (DecisionItem i) -> types.computeIfAbsent(i.getAwardCode(), catalogue::get),
                        AwardTypeSummary.LEGAL_ORDER)
                .thenComparing(DecisionItem::getFullName, collator));
        int seq = 0;
        for (DecisionItem i : list) {
            i.setSeq(++seq);
        }
    }

    /** "inboxSubmissionId#seq" of every received item a decision of the unit already lists. */
    private Set<String> decidedSources() {
        Set<String> used = new HashSet<>();
        for (Object[] source : items.findAllSources()) {
            used.add(source[0] + "#" + source[1]);
        }
        return used;
    }

    private AwardDecision decision(long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("decision"));
    }

    private AwardDecision draft(long id) {
        AwardDecision d = decision(id);
        if (d.isIssued()) {
            throw new BusinessException("award.error.issued");
        }
        return d;
    }

    private DecisionSummary summary(AwardDecision d) {
        List<DecisionItem> list = items.findByDecision(d.getId());
        return new DecisionSummary(
                d.getId(),
                d.getRoundId(),
                d.getNumberText(),
                d.getDecisionDate(),
                d.getSchoolYear(),
                d.getSubject(),
                d.isIssued(),
                list.size(),
                list.stream().mapToLong(DecisionItem::getAmount).sum(),
                d.getVersion());
    }

    private static void apply(AwardDecision d, DecisionData data) {
        d.setSubject(data.subject().trim());
        d.setSchoolYear(data.schoolYear());
        d.setDecisionDate(data.decisionDate());
        d.setAuthorityLine(Text.blankToNull(data.authorityLine()));
        d.setSignerPrefix(Text.blankToNull(data.signerPrefix()));
        d.setSignerTitle(Text.blankToNull(data.signerTitle()));
        d.setSignerName(Text.blankToNull(data.signerName()));
        d.setLegalBases(Text.blankToNull(data.legalBases()));
        d.setPlace(Text.blankToNull(data.place()));
    }

    private void audit(AwardDecision d, String action, String changes) {
        events.publishEvent(new AuditEvent(
                CurrentUser.require().activeUnitId(), "DECISION", String.valueOf(d.getId()), action, changes));
    }

    private static Locale locale() {
        return CurrentUser.get()
                .map(p -> Locale.forLanguageTag(p.locale() == null ? "vi" : p.locale()))
                .orElse(Locale.forLanguageTag("vi"));
    }
}
