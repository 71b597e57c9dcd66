package vn.thidua.plan;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.numbering.NumberSeries;
import vn.thidua.numbering.NumberingService;
import vn.thidua.plan.domain.Movement;
import vn.thidua.plan.domain.PlanDocument;
import vn.thidua.plan.domain.PlanDocumentRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.UnitProfileService;

/**
 * Plans of the active unit and the plans it may read. A draft belongs to its unit alone; issuing takes the next
 * number of the unit's series (or its council's) in the same transaction, after every check, so nothing is numbered
 * on failure; an issued plan is read-only and may be amended by a new edition. Every transition is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlanService {

    static final String TYPE_ABBREVIATION = "KH";
    /** A drafting unit's symbol: letters, digits and "&", as in "VP", "TĐ", "GDTrH". */
    private static final java.util.regex.Pattern DRAFTING_UNIT =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}&]{1,20}");

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PlanDocumentRepository plans;
    private final PlanAccess access;
    private final PlanContentCodec codec;
    private final PlanTemplateService templates;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;
    private final NumberingService numbering;
    private final ApplicationEventPublisher events;

    PlanService(
            PlanDocumentRepository plans,
            PlanAccess access,
            PlanContentCodec codec,
            PlanTemplateService templates,
            OrgUnitService orgUnits,
            UnitProfileService profiles,
            NumberingService numbering,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.access = access;
        this.codec = codec;
        this.templates = templates;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
        this.numbering = numbering;
        this.events = events;
    }

    /** The active unit's plans, drafts included, newest first. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<PlanSummary> ownPlans() {
        PortalPrincipal me = CurrentUser.require();
        return plans.findOwnAll(me.activeUnitId()).stream()
                .filter(p -> PlanAccess.mayRead(p, me))
                .map(PlanService::summary)
                .toList();
    }

    /**
     * "Văn bản cấp trên": the issued plans of every unit the active unit reports or reported to, issued while it
     * did (a school that moved to a commune office in 2025 keeps its district office's earlier plans).
     */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<PlanSummary> upperPlans() {
        return access.issuedAbove(CurrentUser.require()).stream()
                .map(PlanService::summary)
                .toList();
    }

    /**
     * Upper plans still in force, issued in the last year, that the active unit has not yet answered — by a plan of
     * its own (draft or issued) implementing it, implementing a plan that implements it, or in the same movement —
     * its to-do.
     */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<PlanSummary> awaitingImplementation() {
        long me = CurrentUser.require().activeUnitId();
        List<PlanSummary> upper = upperPlans();
        Map<Long, PlanSummary> byId = new HashMap<>();
        upper.forEach(u -> byId.put(u.id(), u));
        Set<Long> answered = new java.util.HashSet<>();
        Set<Long> movementsPlanned = new java.util.HashSet<>();
        for (PlanDocument own : plans.findOwnAll(me)) {
            if (own.getMovementId() != null) {
                movementsPlanned.add(own.getMovementId());
            }
            for (Long id = own.getParentPlanId(); id != null && answered.add(id); ) {
                PlanSummary parent = byId.get(id);
                id = parent == null ? null : parent.parentPlanId();
            }
        }
        LocalDate since = Dates.today().minusYears(1);
        return upper.stream()
                .filter(p -> p.status() == PlanStatus.ISSUED)
                .filter(p -> p.issueDate().isAfter(since))
                .filter(p -> !answered.contains(p.id()))
                .filter(p -> p.movementId() == null || !movementsPlanned.contains(p.movementId()))
                .toList();
    }

    /** A plan the active unit may read: its own, an issued one of a superior, or an issued one of its subtree. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public PlanDetails get(long planId) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument p = access.readable(planId, me).orElseThrow(() -> new NotFoundException("plan"));
        PlanSummary parent = p.getParentPlanId() == null
                ? null
                : access.readable(p.getParentPlanId(), me)
                        .map(PlanService::summary)
                        .orElse(null);
        String movementName = p.getMovementId() == null
                ? null
                : access.movement(p.getMovementId(), me).map(Movement::getName).orElse(null);
        return new PlanDetails(summary(p), data(p), p.getUnitId() == me.activeUnitId(), parent, movementName);
    }

    /**
     * A new draft of the active unit from a template (blank when {@code templateKey} is null), optionally within a
     * movement the unit can see: the movement's milestones seed the timeline, capped at their dates.
     */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public long create(String templateKey, Long movementId) {
        PortalPrincipal me = CurrentUser.require();
        PlanTemplateService.Starter starter = templateKey == null ? null : templates.starter(templateKey);
        PlanContent content = starter == null ? PlanContent.empty() : starter.content();
        Movement movement = null;
        if (movementId != null) {
            movement = access.movement(movementId, me).orElseThrow(() -> new NotFoundException("movement"));
            content = content.withTimeline(capped(codec.milestones(movement.getMilestones())));
        }
        PlanDocument p = newDraft(me, null, null, 1);
        defaults(p, me);
        p.setSubject(starter == null ? null : starter.subject());
        if (movement != null) {
            p.setMovementId(movement.getId());
            if (p.getSubject() == null) {
                p.setSubject("Thực hiện phong trào thi đua “" + movement.getName() + "”");
            }
        }
        p.setContent(codec.write(content));
        plans.saveAndFlush(p);
        audit(p, "CREATED", templateKey == null ? "" : "template: " + templateKey);
        return p.getId();
    }

    /**
     * "Tạo kế hoạch thực hiện": a draft of the active unit implementing an issued upper plan — the upper plan is its
     * first căn cứ ("Thực hiện Kế hoạch số …"), its sections the starting text, its timeline the starting timeline,
     * each row capped at the upper date.
     */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public long deriveFrom(long upperPlanId) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument upper = access.issuedAbove(upperPlanId, me).orElseThrow(() -> new NotFoundException("plan"));
        PlanContent source = codec.read(upper.getContent());
        List<PlanBasis> bases = new ArrayList<>();
        bases.add(new PlanBasis(upper.getId(), "Thực hiện " + reference(upper) + ";"));
        PlanContent content = new PlanContent(
                bases,
                source.sections(),
                source.timelineHeading(),
                source.timelineAfter(),
                capped(source.timeline()),
                List.of(),
                List.of(recipientFor(upper), "Lưu: VT."));
        PlanDocument p = newDraft(me, upper.getId(), null, 1);
        defaults(p, me);
        p.setMovementId(upper.getMovementId());
        p.setSchoolYear(upper.getSchoolYear());
        p.setSubject(Text.blankToNull(upper.getSubject()));
        p.setContent(codec.write(content));
        plans.saveAndFlush(p);
        audit(p, "DERIVED", "from: " + upper.getNumberText() + " (" + upper.getUnitName() + ")");
        return p.getId();
    }

    /** Saves a draft of the active unit; a timeline row later than its upper cap is refused with both dates. */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public PlanSummary save(long planId, @Valid PlanData data) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument p = ownDraft(planId, me);
        if (p.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        if (data.movementId() != null
                && !data.movementId().equals(p.getMovementId())
                && access.movement(data.movementId(), me).isEmpty()) {
            throw new NotFoundException("movement");
        }
        String drafting = Text.blankToNull(data.draftingUnit()) == null
                ? null
                : data.draftingUnit().strip();
        if (drafting != null && !DRAFTING_UNIT.matcher(drafting).matches()) {
            throw new BusinessException("plan.error.draftingUnit", drafting);
        }
        PlanContent content = normalised(p, data.content(), me);
        checkTimeline(p, content);
        checkLinkedBases(content, me);
        String contentJson = codec.write(content);
        Changes changes = Changes.of()
                .diff("subject", p.getSubject(), data.subject())
                .diff("issueDate", p.getIssueDate(), data.issueDate())
                .diff("place", p.getPlace(), data.place())
                .diff("parentBody", p.getParentBody(), data.parentBody())
                .diff("issuerName", p.getIssuerName(), data.issuerName())
                .diff("council", p.isCouncil(), data.council())
                .diff("draftingUnit", p.getDraftingUnit(), drafting)
                .diff("movementId", p.getMovementId(), data.movementId())
                .diff("schoolYear", p.getSchoolYear(), data.schoolYear())
                .diff("signer", signerOf(p), signerOf(data));
        if (!contentJson.equals(p.getContent())) {
            changes.diff("content", p.getContent().length() + " chars", contentJson.length() + " chars");
        }
        if (changes.isEmpty()) {
            return summary(p);
        }
        p.setMovementId(data.movementId());
        p.setCouncil(data.council());
        p.setDraftingUnit(drafting);
        p.setIssueDate(data.issueDate());
        p.setPlace(Text.blankToNull(data.place()));
        p.setParentBody(Text.blankToNull(data.parentBody()));
        p.setIssuerName(
                Text.blankToNull(data.issuerName()) == null
                        ? p.getUnitName()
                        : data.issuerName().strip());
        p.setSubject(Text.blankToNull(data.subject()));
        p.setSchoolYear(Text.blankToNull(data.schoolYear()));
        p.setSignerPrefix(Text.blankToNull(data.signerPrefix()));
        p.setSignerTitle(Text.blankToNull(data.signerTitle()));
        p.setSignerSubtitle(Text.blankToNull(data.signerSubtitle()));
        p.setSignerName(Text.blankToNull(data.signerName()));
        p.setContent(contentJson);
        p.touch(Instant.now());
        flush(p);
        audit(p, "UPDATED", changes.toString());
        return summary(p);
    }

    /**
     * Issues (ban hành) a draft: checks title, signer, body, place, date and timeline caps first, then takes the
     * next number of the unit's series (or its council's) for the plan's year — the series row stays locked until
     * commit, so two people issuing at once never share a number. Issuing an amendment marks the edition it amends.
     */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public PlanSummary issue(long planId, long version) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument p = ownDraft(planId, me);
        if (p.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        PlanContent content = codec.read(p.getContent());
        if (Text.blankToNull(p.getSubject()) == null) {
            throw new BusinessException("plan.error.noSubject");
        }
        if (Text.blankToNull(p.getSignerName()) == null || Text.blankToNull(p.getSignerTitle()) == null) {
            throw new BusinessException("plan.error.noSigner");
        }
        if (content.sections().stream().allMatch(s -> Text.blankToNull(s.body()) == null)) {
            throw new BusinessException("plan.error.noBody");
        }
        if (Text.blankToNull(p.getPlace()) == null) {
            throw new BusinessException("plan.error.noPlace");
        }
        if (p.getIssueDate() == null) {
            throw new BusinessException("plan.error.noDate");
        }
        if (p.getIssueDate().isAfter(Dates.today())) {
            throw new BusinessException("plan.error.futureDate", Dates.format(p.getIssueDate()));
        }
        checkTimeline(p, content);
        NumberSeries series = p.isCouncil() ? NumberSeries.COUNCIL : NumberSeries.UNIT;
        int number = numbering.take(series, p.getIssueDate().getYear());
        String symbol = series.issuerSymbol(profiles.get(me.activeUnitId()).documentSymbol());
        String numberText = "%02d/%s-%s".formatted(number, TYPE_ABBREVIATION, symbol)
                + (p.getDraftingUnit() == null ? "" : "-" + p.getDraftingUnit());
        Instant now = Instant.now();
        p.issue(number, numberText, now, me.displayName());
        flush(p);
        if (p.getAmendsPlanId() != null) {
            PlanDocument old = plans.findOwn(p.getAmendsPlanId(), me.activeUnitId())
                    .orElseThrow(() -> new NotFoundException("plan"));
            old.amendedBy(p.getId(), now);
            flush(old);
            audit(old, "AMENDED", "by: " + numberText);
        }
        audit(p, "ISSUED", "number: " + numberText + "; date: " + Dates.format(p.getIssueDate()));
        events.publishEvent(new PlanIssued(
                p.getId(), me.activeUnitId(), numberText, p.getSubject(), p.getMovementId(), p.getParentPlanId()));
        return summary(p);
    }

    /**
     * A new edition (draft) amending an issued plan of the active unit: same content, the old plan as a căn cứ;
     * when issued it gets its own number and the old one shows "Đã điều chỉnh".
     */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public long amend(long planId) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument old = plans.findOwn(planId, me.activeUnitId()).orElseThrow(() -> new NotFoundException("plan"));
        if (old.getStatus() != PlanStatus.ISSUED) {
            throw new BusinessException("plan.error.notIssued");
        }
        if (plans.hasOpenAmendment(me.activeUnitId(), planId)) {
            throw new BusinessException("plan.error.amendmentOpen");
        }
        PlanContent content = codec.read(old.getContent());
        List<PlanBasis> bases = new ArrayList<>(content.bases());
        bases.add(new PlanBasis(null, "Điều chỉnh, bổ sung " + reference(old) + "."));
        PlanDocument p = newDraft(me, old.getParentPlanId(), old.getId(), old.getEdition() + 1);
        p.setMovementId(old.getMovementId());
        p.setCouncil(old.isCouncil());
        p.setDraftingUnit(old.getDraftingUnit());
        p.setIssueDate(Dates.today());
        p.setPlace(old.getPlace());
        p.setParentBody(old.getParentBody());
        p.setIssuerName(old.getIssuerName());
        p.setSubject(old.getSubject());
        p.setSchoolYear(old.getSchoolYear());
        p.setSignerPrefix(old.getSignerPrefix());
        p.setSignerTitle(old.getSignerTitle());
        p.setSignerSubtitle(old.getSignerSubtitle());
        p.setSignerName(old.getSignerName());
        p.setContent(codec.write(new PlanContent(
                bases,
                content.sections(),
                content.timelineHeading(),
                content.timelineAfter(),
                content.timeline(),
                content.annexes(),
                content.recipients())));
        plans.saveAndFlush(p);
        audit(p, "AMENDMENT_CREATED", "amends: " + old.getNumberText());
        return p.getId();
    }

    /** Deletes a draft of the active unit (never an issued plan). */
    @PreAuthorize("hasRole('PLAN_MANAGE')")
    @Transactional
    public void deleteDraft(long planId, long version) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument p = ownDraft(planId, me);
        if (p.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        plans.delete(p);
        plans.flush();
        audit(p, "DELETED", Text.blankToNull(p.getSubject()) == null ? "" : p.getSubject());
    }

    /** The "Căn cứ Kế hoạch số … ngày … của … về …;" line for an upper plan the active unit can read. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public PlanBasis basisFor(long upperPlanId) {
        PlanDocument upper = access.readable(upperPlanId, CurrentUser.require())
                .filter(p -> !p.isDraft())
                .orElseThrow(() -> new NotFoundException("plan"));
        return new PlanBasis(upper.getId(), "Căn cứ " + reference(upper) + ";");
    }

    /**
     * The board of an issued plan of the active unit: each member unit (reporting to it today) with its issued
     * implementing plan, or none yet. Drafts below are never counted or shown.
     */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<MemberPlanStatus> memberBoard(long planId) {
        PortalPrincipal me = CurrentUser.require();
        PlanDocument p = plans.findOwn(planId, me.activeUnitId())
                .filter(x -> !x.isDraft())
                .orElseThrow(() -> new NotFoundException("plan"));
        Set<Long> editions = editionsOf(p, me);
        Map<Long, PlanDocument> byUnit = new HashMap<>();
        for (PlanDocument below : plans.findIssuedBelow(me.activeUnitPath(), me.activeUnitId(), editions, null)) {
            if (editions.contains(below.getParentPlanId())) {
                byUnit.merge(below.getUnitId(), below, (a, b) -> a.getId() > b.getId() ? a : b);
            }
        }
        return orgUnits.membersOn(me.activeUnitId(), Dates.today()).stream()
                .sorted(Comparator.comparing(OrgUnitSummary::name, Text.VIETNAMESE))
                .map(u -> new MemberPlanStatus(
                        u.id(),
                        u.name(),
                        Optional.ofNullable(byUnit.get(u.id()))
                                .map(PlanService::summary)
                                .orElse(null)))
                .toList();
    }

    /**
     * The tree of plans of a movement the active unit can see, as far as it may read them: its own plans, the
     * issued plans of its superiors, and the issued plans of its subtree, each under the plan it implements.
     */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public List<LineageNode> lineage(long movementId) {
        PortalPrincipal me = CurrentUser.require();
        access.movement(movementId, me).orElseThrow(() -> new NotFoundException("movement"));
        Map<Long, PlanDocument> all = new LinkedHashMap<>();
        access.issuedAboveInMovement(movementId, me).forEach(p -> all.put(p.getId(), p));
        plans.findOwnForMovement(me.activeUnitId(), movementId).stream()
                .filter(p -> PlanAccess.mayRead(p, me))
                .forEach(p -> all.put(p.getId(), p));
        plans.findIssuedBelow(me.activeUnitPath(), me.activeUnitId(), Set.of(-1L), movementId)
                .forEach(p -> all.put(p.getId(), p));
        Map<Long, List<PlanDocument>> children = new HashMap<>();
        List<PlanDocument> roots = new ArrayList<>();
        for (PlanDocument p : all.values()) {
            Long parent = p.getParentPlanId();
            if (parent != null && all.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
            } else {
                roots.add(p);
            }
        }
        return roots.stream().sorted(LINEAGE_ORDER).map(r -> node(r, children)).toList();
    }

    private static final Comparator<PlanDocument> LINEAGE_ORDER = Comparator.comparing(
                    PlanDocument::getUnitPath, Comparator.comparingInt(String::length))
            .thenComparing(PlanDocument::getUnitName, Text.VIETNAMESE)
            .thenComparing(PlanDocument::getId);

    private static LineageNode node(PlanDocument p, Map<Long, List<PlanDocument>> children) {
        return new LineageNode(
                summary(p),
                children.getOrDefault(p.getId(), List.of()).stream()
                        .sorted(LINEAGE_ORDER)
                        .map(c -> node(c, children))
                        .toList());
    }

    // ---------------------------------------------------------------------------------------------------------

    private PlanDocument ownDraft(long planId, PortalPrincipal me) {
        PlanDocument p = plans.findOwn(planId, me.activeUnitId()).orElseThrow(() -> new NotFoundException("plan"));
        if (!p.isDraft()) {
            throw new BusinessException("plan.error.issuedReadOnly");
        }
        return p;
    }

    private PlanDocument newDraft(PortalPrincipal me, Long parentPlanId, Long amendsPlanId, int edition) {
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        PlanDocument p = new PlanDocument(
                unit.id(),
                unit.path(),
                unit.name(),
                parentPlanId,
                amendsPlanId,
                edition,
                Instant.now(),
                me.displayName());
        p.setIssuerName(unit.name());
        return p;
    }

    /** Header and signature defaults of a new draft: the unit's superior, last place used, its head. */
    private void defaults(PlanDocument p, PortalPrincipal me) {
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        p.setIssueDate(Dates.today());
        p.setSchoolYear(Dates.schoolYear(Dates.today()));
        orgUnits.reportsTo(unit.id(), Dates.today()).ifPresent(parent -> p.setParentBody(bodyName(parent.name())));
        plans.findOwnAll(unit.id()).stream()
                .map(PlanDocument::getPlace)
                .filter(x -> x != null && !x.isBlank())
                .findFirst()
                .ifPresent(p::setPlace);
        p.setSignerTitle(headTitle(unit.type()));
        p.setSignerName(profiles.get(unit.id()).headName());
    }

    /** "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội" → "UBND phường Phan Đình Phùng". */
    static String bodyName(String unitName) {
        int dash = unitName.indexOf(" – ");
        return dash > 0 ? unitName.substring(0, dash) : unitName;
    }

    private static String headTitle(OrgUnitType type) {
        return switch (type) {
            case SCHOOL -> "Hiệu trưởng";
            case DISTRICT_OFFICE, COMMUNE_OFFICE -> "Trưởng phòng";
            case PROVINCE_DEPT -> "Giám đốc";
        };
    }

    /** "Kế hoạch số 825/GDĐT-TĐ ngày 17/10/2016 của Phòng Giáo dục và Đào tạo … về …". */
    static String reference(PlanDocument p) {
        StringBuilder s = new StringBuilder("Kế hoạch số ")
                .append(p.getNumberText())
                .append(" ngày ")
                .append(Dates.format(p.getIssueDate()))
                .append(" của ")
                .append(p.getUnitName());
        String subject = Text.blankToNull(p.getSubject());
        if (subject != null) {
            String first = subject.substring(0, 1).toLowerCase(VI) + subject.substring(1);
            s.append(first.startsWith("về ") ? " " : " về ").append(first);
        }
        return s.toString();
    }

    private static String recipientFor(PlanDocument upper) {
        return bodyName(upper.getUnitName()) + " (B/c);";
    }

    /**
     * Re-derives the cap of each timeline row (never trusted from the client): a row named like a milestone of the
     * upper plan — or of the movement, for a unit's own movement plan — is capped at that date.
     */
    private PlanContent normalised(PlanDocument p, PlanContent content, PortalPrincipal me) {
        Map<String, LocalDate> caps = capsOf(p, me);
        List<Milestone> rows = content.timeline().stream()
                .filter(m -> Text.blankToNull(m.what()) != null || m.due() != null)
                .map(m -> new Milestone(
                        Text.blankToNull(m.what()) == null ? "" : m.what().strip(),
                        m.due(),
                        Text.blankToNull(m.who()),
                        Text.blankToNull(m.what()) == null ? null : caps.get(key(m.what())),
                        Text.blankToNull(m.when()) == null ? null : m.when().strip()))
                .toList();
        List<PlanSection> sections = content.sections().stream()
                .filter(s -> Text.blankToNull(s.heading()) != null || Text.blankToNull(s.body()) != null)
                .toList();
        List<String> recipients = content.recipients().stream()
                .map(Text::blankToNull)
                .filter(r -> r != null)
                .map(String::strip)
                .toList();
        List<PlanBasis> bases = content.bases().stream()
                .filter(b -> Text.blankToNull(b.text()) != null)
                .map(b -> new PlanBasis(b.planId(), b.text().strip()))
                .toList();
        List<PlanAnnex> annexes = new ArrayList<>();
        for (PlanAnnex a : content.annexes()) {
            if (Text.blankToNull(a.title()) == null) {
                throw new BusinessException("plan.error.annexTitle", annexes.size() + 1);
            }
            if (a.columns().stream().allMatch(x -> x.isBlank())) {
                throw new BusinessException("plan.error.annexColumns", a.title().strip());
            }
            annexes.add(new PlanAnnex(a.title().strip(), Text.blankToNull(a.subtitle()), a.columns(), a.rows()));
        }
        return new PlanContent(
                bases,
                sections,
                Text.blankToNull(content.timelineHeading()),
                content.timelineAfter(),
                rows,
                annexes,
                recipients);
    }

    private Map<String, LocalDate> capsOf(PlanDocument p, PortalPrincipal me) {
        Map<String, LocalDate> caps = new HashMap<>();
        if (p.getParentPlanId() != null) {
            plans.findById(p.getParentPlanId())
                    .filter(x -> !x.isDraft())
                    .ifPresent(parent -> codec.read(parent.getContent()).timeline().stream()
                            .filter(m -> m.due() != null)
                            .forEach(m -> caps.merge(key(m.what()), m.due(), (a, b) -> a.isBefore(b) ? a : b)));
        } else if (p.getMovementId() != null) {
            access.movement(p.getMovementId(), me).ifPresent(mv -> codec.milestones(mv.getMilestones()).stream()
                    .filter(m -> m.due() != null)
                    .forEach(m -> caps.merge(key(m.what()), m.due(), (a, b) -> a.isBefore(b) ? a : b)));
        }
        return caps;
    }

    private static String key(String what) {
        return what == null ? "" : what.strip().replaceAll("\\s+", " ").toLowerCase(VI);
    }

    private void checkTimeline(PlanDocument p, PlanContent content) {
        for (Milestone m : content.timeline()) {
            if (m.tooLate()) {
                String upper = p.getParentPlanId() == null
                        ? "—"
                        : plans.findById(p.getParentPlanId())
                                .map(PlanDocument::getNumberText)
                                .orElse("—");
                throw new BusinessException(
                        "plan.error.milestoneLate", m.what(), Dates.format(m.due()), Dates.format(m.latest()), upper);
            }
        }
    }

    /** A linked căn cứ must be a plan the unit can read. */
    private void checkLinkedBases(PlanContent content, PortalPrincipal me) {
        for (PlanBasis b : content.bases()) {
            if (b.planId() != null
                    && access.readable(b.planId(), me).filter(x -> !x.isDraft()).isEmpty()) {
                throw new NotFoundException("plan");
            }
        }
    }

    private static List<Milestone> capped(List<Milestone> source) {
        return source.stream().map(m -> m.cappedAt(m.due())).toList();
    }

    private Set<Long> editionsOf(PlanDocument p, PortalPrincipal me) {
        Set<Long> ids = new LinkedHashSet<>();
        PlanDocument current = p;
        while (current != null && ids.add(current.getId())) {
            Long previous = current.getAmendsPlanId();
            current = previous == null
                    ? null
                    : plans.findOwn(previous, me.activeUnitId()).orElse(null);
        }
        return ids;
    }

    private void flush(PlanDocument p) {
        try {
            plans.saveAndFlush(p);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
    }

    private static String signerOf(PlanDocument p) {
        return String.join(
                " | ",
                nz(p.getSignerPrefix()),
                nz(p.getSignerTitle()),
                nz(p.getSignerSubtitle()),
                nz(p.getSignerName()));
    }

    private static String signerOf(PlanData d) {
        return String.join(
                " | ",
                nz(Text.blankToNull(d.signerPrefix())),
                nz(Text.blankToNull(d.signerTitle())),
                nz(Text.blankToNull(d.signerSubtitle())),
                nz(Text.blankToNull(d.signerName())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void audit(PlanDocument p, String action, String changes) {
        events.publishEvent(new AuditEvent(p.getUnitId(), "PLAN", String.valueOf(p.getId()), action, changes));
    }

    static PlanSummary summary(PlanDocument p) {
        return new PlanSummary(
                p.getId(),
                p.getUnitId(),
                p.getUnitName(),
                p.getStatus(),
                p.isCouncil(),
                p.getNumberText(),
                p.getIssueDate(),
                p.getSubject(),
                p.getMovementId(),
                p.getParentPlanId(),
                p.getAmendsPlanId(),
                p.getAmendedById(),
                p.getEdition(),
                p.getUpdatedAt());
    }

    private PlanData data(PlanDocument p) {
        return new PlanData(
                p.getMovementId(),
                p.isCouncil(),
                p.getDraftingUnit(),
                p.getIssueDate(),
                p.getPlace(),
                p.getParentBody(),
                p.getIssuerName(),
                p.getSubject(),
                p.getSchoolYear(),
                p.getSignerPrefix(),
                p.getSignerTitle(),
                p.getSignerSubtitle(),
                p.getSignerName(),
                codec.read(p.getContent()),
                p.getVersion());
    }
}
