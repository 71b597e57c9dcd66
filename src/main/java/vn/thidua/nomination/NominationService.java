package vn.thidua.nomination;

import jakarta.validation.Valid;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.DossierPart;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.nomination.domain.Dossier;
import vn.thidua.nomination.domain.DossierRepository;
import vn.thidua.nomination.domain.Nominee;
import vn.thidua.nomination.domain.NomineeRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.submission.DocumentRef;
import vn.thidua.submission.FileService;
import vn.thidua.submission.ReceivedItem;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SendRequest;
import vn.thidua.submission.StoredFileSummary;
import vn.thidua.submission.SubmissionDetails;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionSummary;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantScope;

/**
 * The active unit's nomination dossiers: preparing (nominees, documents), the completeness checklist, sending up
 * (a version per send, through {@link SubmissionService}), and consolidating accepted items of member units.
 * A dossier is editable while it is a draft or after it was returned; sent and accepted versions are locked.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class NominationService {

    static final int MIN_REPORT_TEXT = 50;
    static final String KIND_MINUTES = DossierPart.COUNCIL_MINUTES.name();
    static final String KIND_REPORT = DossierPart.ACHIEVEMENT_REPORT.name();
    static final String KIND_INITIATIVE = DossierPart.INITIATIVE_RECOGNITION.name();

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final RoundService rounds;
    private final SubmissionService submissions;
    private final FileService files;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final DisclosureCheck disclosureCheck;

    NominationService(
            DossierRepository dossiers,
            NomineeRepository nominees,
            RoundService rounds,
            SubmissionService submissions,
            FileService files,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            TenantScope scope,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            DisclosureCheck disclosureCheck) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.rounds = rounds;
        this.submissions = submissions;
        this.files = files;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.disclosureCheck = disclosureCheck;
    }

    /** The active unit's dossiers, newest first. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public List<DossierSummary> dossiers() {
        return dossiers.findAllByOrderByIdDesc().stream()
                .map(d -> summary(d, rounds.get(d.getRoundId())))
                .toList();
    }

    /** The active unit's dossier for a round, if it has one. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public Optional<DossierSummary> dossierFor(long roundId) {
        RoundSummary round = rounds.get(roundId);
        return dossiers.findByRoundId(roundId).map(d -> summary(d, round));
    }

    /** The active unit's dossier for a round, created empty on first use. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public long openDossier(long roundId) {
        RoundSummary round = rounds.get(roundId);
        Optional<Dossier> existing = dossiers.findByRoundId(roundId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (round.kind() != RoundKind.NOMINATION) {
            throw new BusinessException("submission.round.error.kind");
        }
        if (round.closed()) {
            throw new BusinessException("submission.round.error.closed");
        }
        if (round.ownedByActiveUnit()) {
            throw new BusinessException("submission.error.ownRound");
        }
        PortalPrincipal me = CurrentUser.require();
        Dossier dossier = new Dossier(roundId, round.name());
        dossier.setPlace(placeOf(me.activeUnitId()));
        dossiers.saveAndFlush(dossier);
        audit(dossier.getId(), "DOSSIER", "CREATED", "round: " + round.name());
        return dossier.getId();
    }

    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public DossierDetails details(long dossierId) {
        Dossier dossier = dossier(dossierId);
        RoundSummary round = rounds.get(dossier.getRoundId());
        DossierSummary summary = summary(dossier, round);
        List<Nominee> list = nominees.findByDossier(dossierId);
        Map<String, Integer> quotas = rounds.myQuotas(round.id());
        Map<String, Integer> proposed = new TreeMap<>();
        list.forEach(n -> proposed.merge(n.getAwardCode(), 1, Integer::sum));
        Locale locale = locale();
        return new DossierDetails(
                summary,
                dossier.getTenantId(),
                dossier.getMinutesFileId(),
                dossier.getMinutesFileName(),
                dossier.getSignerPrefix(),
                dossier.getSignerTitle(),
                dossier.getSignerName(),
                dossier.getPlace(),
                round.allowedCodes(),
                list.stream().map(n -> toSummary(n, locale)).toList(),
                checklist(dossier, round, list, quotas, proposed, locale),
                quotas,
                proposed);
    }

    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void updateDossier(long dossierId, @Valid DossierData data) {
        Dossier dossier = editableDossier(dossierId);
        if (dossier.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        Changes changes = Changes.of()
                .diff("title", dossier.getTitle(), data.title())
                .diff("signerPrefix", dossier.getSignerPrefix(), data.signerPrefix())
                .diff("signerTitle", dossier.getSignerTitle(), data.signerTitle())
                .diff("signerName", dossier.getSignerName(), data.signerName())
                .diff("place", dossier.getPlace(), data.place());
        if (changes.isEmpty()) {
            return;
        }
        dossier.setTitle(data.title().trim());
        dossier.setSignerPrefix(Text.blankToNull(data.signerPrefix()));
        dossier.setSignerTitle(Text.blankToNull(data.signerTitle()));
        dossier.setSignerName(Text.blankToNull(data.signerName()));
        dossier.setPlace(Text.blankToNull(data.place()));
        save(dossier);
        audit(dossierId, "DOSSIER", "UPDATED", changes.toString());
    }

    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public long addNominee(long dossierId, @Valid NomineeData data) {
        Dossier dossier = editableDossier(dossierId);
        checkAward(data);
        int seq = nominees.findByDossier(dossierId).stream()
                        .mapToInt(Nominee::getSeq)
                        .max()
                        .orElse(0)
                + 1;
        Nominee nominee = new Nominee(dossier.getId(), seq);
        apply(nominee, data);
        nominees.saveAndFlush(nominee);
        audit(dossierId, "NOMINEE", "ADDED", describe(nominee));
        return nominee.getId();
    }

    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void updateNominee(long nomineeId, @Valid NomineeData data) {
        Nominee nominee = editableNominee(nomineeId);
        if (nominee.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        checkAward(data);
        Changes changes = Changes.of()
                .diff("awardCode", nominee.getAwardCode(), data.awardCode())
                .diff("fullName", nominee.getFullName(), data.fullName())
                .diff("position", nominee.getPosition(), data.position())
                .diff("workUnit", nominee.getWorkUnit(), data.workUnit())
                .diff("yearsOfService", nominee.getYearsOfService(), data.yearsOfService())
                .diff("achievementSummary", nominee.getAchievementSummary(), data.achievementSummary())
                .diff("phone", nominee.getPhone(), data.phone())
                .diff("email", nominee.getEmail(), data.email())
                .diff("initiativeText", nominee.getInitiativeText(), data.initiativeText())
                .diff("reportText", lengthOf(nominee.getReportText()), lengthOf(data.reportText()));
        if (changes.isEmpty()) {
            return;
        }
        apply(nominee, data);
        save(nominee);
        audit(nominee.getDossierId(), "NOMINEE", "UPDATED", nominee.getFullName() + ": " + changes);
    }

    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void removeNominee(long nomineeId) {
        Nominee nominee = editableNominee(nomineeId);
        nominees.delete(nominee);
        audit(nominee.getDossierId(), "NOMINEE", "REMOVED", describe(nominee));
    }

    /** Moves a nominee up ({@code delta} < 0) or down in the list. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void move(long nomineeId, int delta) {
        Nominee nominee = editableNominee(nomineeId);
        List<Nominee> list = new ArrayList<>(nominees.findByDossier(nominee.getDossierId()));
        int from = list.indexOf(nominee);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        if (from == to) {
            return;
        }
        list.remove(from);
        list.add(to, nominee);
        renumber(list);
        audit(nominee.getDossierId(), "NOMINEE", "MOVED", nominee.getFullName() + ": " + (from + 1) + " → " + (to + 1));
    }

    /**
     * Orders the list as the law orders lists and ceremonies: titles before award forms, collectives before
     * individuals, higher awards first; then by name (Vietnamese collation).
     */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void sortInLegalOrder(long dossierId) {
        editableDossier(dossierId);
        Map<String, AwardTypeSummary> types = new HashMap<>();
        List<Nominee> list = new ArrayList<>(nominees.findByDossier(dossierId));
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<Nominee> byAward = Comparator.comparing(
                n -> types.computeIfAbsent(n.getAwardCode(), catalogue::get), AwardTypeSummary.LEGAL_ORDER);
        list.sort(byAward.thenComparing(Nominee::getFullName, collator));
        renumber(list);
        audit(dossierId, "DOSSIER", "SORTED", "");
    }

    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void attachMinutes(long dossierId, String fileName, byte[] content) {
        Dossier dossier = editableDossier(dossierId);
        StoredFileSummary file = files.store(fileName, content);
        String before = dossier.getMinutesFileName();
        dossier.setMinutes(file.id(), file.fileName());
        save(dossier);
        audit(
                dossierId,
                "DOSSIER",
                "MINUTES_ATTACHED",
                Changes.of().diff("minutes", before, file.fileName()).toString());
    }

    /** Attaches a nominee's achievement report ({@code ACHIEVEMENT_REPORT}) or initiative recognition. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void attachToNominee(long nomineeId, DossierPart part, String fileName, byte[] content) {
        Nominee nominee = editableNominee(nomineeId);
        StoredFileSummary file = files.store(fileName, content);
        if (part == DossierPart.ACHIEVEMENT_REPORT) {
            nominee.setReportFile(file.id(), file.ownerUnitId(), file.fileName());
        } else if (part == DossierPart.INITIATIVE_RECOGNITION) {
            nominee.setInitiativeFile(file.id(), file.ownerUnitId(), file.fileName());
        } else {
            throw new IllegalArgumentException("Not a nominee document: " + part);
        }
        save(nominee);
        audit(nominee.getDossierId(), "NOMINEE", part + "_ATTACHED", nominee.getFullName() + ": " + file.fileName());
    }

    /**
     * Sends the dossier up as a new version. The checklist must be complete. {@code idempotencyKey} is chosen once
     * per click of "Gửi": a double click or a retry returns the version already sent.
     */
    @PreAuthorize("hasRole('SUBMISSION_SEND')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public SubmissionSummary send(long dossierId, String idempotencyKey) {
        Optional<SubmissionSummary> latest = submissions.latest(dossierId);
        if (latest.isPresent() && latest.get().idempotencyKey().equals(idempotencyKey)) {
            return latest.get(); // a retry of the send that already happened
        }
        SendRequest request = readOnly.execute(status -> sendRequest(dossierId, idempotencyKey));
        SubmissionSummary sent = submissions.send(request);
        Set<Long> consolidatedFrom = new LinkedHashSet<>();
        request.items().stream()
                .map(SubmissionItem::originSubmissionId)
                .filter(Objects::nonNull)
                .forEach(consolidatedFrom::add);
        if (!consolidatedFrom.isEmpty()) {
            submissions.markConsolidated(consolidatedFrom);
        }
        return sent;
    }

    private SendRequest sendRequest(long dossierId, String idempotencyKey) {
        DossierDetails details = details(dossierId);
        if (!details.summary().editable()) {
            throw new BusinessException(
                    details.summary().status() == DossierStatus.ACCEPTED
                            ? "submission.error.locked"
                            : "submission.error.waiting");
        }
        if (!details.complete()) {
            throw new BusinessException("nomination.error.incomplete");
        }
        List<SubmissionItem> items = new ArrayList<>();
        List<DocumentRef> documents = new ArrayList<>();
        if (details.minutesFileId() != null) {
            documents.add(new DocumentRef(
                    KIND_MINUTES, null, details.minutesFileId(), details.unitId(), details.minutesFileName(), null, 0));
        }
        int seq = 0;
        for (NomineeSummary n : details.nominees()) {
            seq++;
            Map<String, String> data = new LinkedHashMap<>();
            put(data, "position", n.position());
            put(data, "workUnit", n.workUnit());
            put(
                    data,
                    "yearsOfService",
                    n.yearsOfService() == null ? null : n.yearsOfService().toString());
            put(data, "achievementSummary", n.achievementSummary());
            put(data, "phone", n.phone());
            put(data, "email", n.email());
            put(
                    data,
                    "personUserId",
                    n.personUserId() == null ? null : n.personUserId().toString());
            put(data, "reportText", n.reportText());
            put(data, "initiativeText", n.initiativeText());
            items.add(new SubmissionItem(
                    seq,
                    n.awardCode(),
                    n.subject(),
                    n.fullName(),
                    n.originUnitId(),
                    n.originUnitName(),
                    n.originSubmissionId(),
                    n.originVersion(),
                    n.originUnitId() == null ? n.id() : n.originRef(),
                    data));
            if (n.reportFileId() != null) {
                documents.add(new DocumentRef(
                        KIND_REPORT, seq, n.reportFileId(), n.reportFileOwner(), n.reportFileName(), null, 0));
            }
            if (n.initiativeFileId() != null) {
                documents.add(new DocumentRef(
                        KIND_INITIATIVE,
                        seq,
                        n.initiativeFileId(),
                        n.initiativeFileOwner(),
                        n.initiativeFileName(),
                        null,
                        0));
            }
        }
        return new SendRequest(
                RoundKind.NOMINATION,
                details.summary().roundId(),
                dossierId,
                idempotencyKey,
                details.summary().title(),
                items,
                documents);
    }

    /**
     * Accepted items of member units in the dossier's round (for consolidation), each flagged when it is already
     * in the dossier.
     */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<ConsolidationCandidate> candidates(long dossierId) {
        Dossier dossier = dossier(dossierId);
        Set<String> present = new java.util.HashSet<>();
        nominees.findByDossier(dossierId).forEach(n -> present.add(n.getOriginUnitId() + "/" + n.getOriginRef()));
        Locale locale = locale();
        return submissions.acceptedItems(dossier.getRoundId()).stream()
                .map(r -> new ConsolidationCandidate(
                        r,
                        catalogue
                                .find(r.item().category())
                                .map(t -> t.name(locale))
                                .orElse(r.item().category()),
                        present.contains(
                                r.item().originUnitId() + "/" + r.item().originRef())))
                .toList();
    }

    /** Copies picked accepted items into the dossier, keeping their origin; items already present are skipped. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE') and hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public int addReceived(long dossierId, Collection<ReceivedItemRef> picked) {
        Dossier dossier = editableDossier(dossierId);
        Map<String, ReceivedItem> byRef = new HashMap<>();
        for (ReceivedItem r : submissions.acceptedItems(dossier.getRoundId())) {
            byRef.put(r.inboxSubmissionId() + "#" + r.item().seq(), r);
        }
        List<Nominee> list = nominees.findByDossier(dossierId);
        Set<String> present = new java.util.HashSet<>();
        list.forEach(n -> present.add(n.getOriginUnitId() + "/" + n.getOriginRef()));
        int seq = list.stream().mapToInt(Nominee::getSeq).max().orElse(0);
        int added = 0;
        for (ReceivedItemRef ref : picked) {
            ReceivedItem r = byRef.get(ref.inboxSubmissionId() + "#" + ref.seq());
            if (r == null) {
                throw new NotFoundException("received item");
            }
            SubmissionItem item = r.item();
            if (!present.add(item.originUnitId() + "/" + item.originRef())) {
                continue;
            }
            Nominee n = Nominee.consolidated(
                    dossierId,
                    ++seq,
                    item.originUnitId(),
                    item.originUnitName(),
                    item.originSubmissionId(),
                    item.originVersion(),
                    item.originRef());
            n.setSubject(item.subject());
            n.setAwardCode(item.category());
            n.setFullName(item.label());
            n.setPosition(Text.blankToNull(item.get("position")));
            n.setWorkUnit(Text.blankToNull(item.get("workUnit")));
            n.setYearsOfService(
                    item.get("yearsOfService").isBlank() ? null : Integer.valueOf(item.get("yearsOfService")));
            n.setAchievementSummary(Text.blankToNull(item.get("achievementSummary")));
            n.setPhone(Text.blankToNull(item.get("phone")));
            n.setEmail(Text.blankToNull(item.get("email")));
            n.setPersonUserId(item.get("personUserId").isBlank() ? null : Long.valueOf(item.get("personUserId")));
            n.setReportText(Text.blankToNull(item.get("reportText")));
            n.setInitiativeText(Text.blankToNull(item.get("initiativeText")));
            for (DocumentRef doc : r.documents()) {
                if (KIND_REPORT.equals(doc.kind())) {
                    n.setReportFile(doc.fileId(), doc.ownerUnitId(), doc.fileName());
                } else if (KIND_INITIATIVE.equals(doc.kind())) {
                    n.setInitiativeFile(doc.fileId(), doc.ownerUnitId(), doc.fileName());
                }
            }
            nominees.save(n);
            added++;
        }
        if (added > 0) {
            audit(dossierId, "DOSSIER", "CONSOLIDATED", "items added: " + added);
        }
        return added;
    }

    /**
     * Marks the nominee {@code originRef} of {@code originUnitId}, and every consolidated copy of it in the units
     * between, as decided. Called by the unit that recorded the decision (an ancestor of the origin).
     */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    @Transactional
    public void markDecided(long originUnitId, long originRef, String label) {
        Instant now = Instant.now();
        scope.writeBelow(originUnitId, session -> {
            Nominee n = session.get(Nominee.class, originRef);
            if (n != null) {
                n.markDecided(label, now);
                session.update(n);
            }
            return null;
        });
        OrgUnitSummary origin = orgUnits.get(originUnitId);
        long active = CurrentUser.require().activeUnitId();
        String activePath = orgUnits.get(active).path();
        for (OrgUnitSummary between : orgUnits.ancestors(originUnitId)) {
            if (between.id() == originUnitId || !between.path().startsWith(activePath)) {
                continue;
            }
            scope.writeBelow(between.id(), session -> {
                session.createSelectionQuery(
                                "from Nominee where originUnitId = :unit and originRef = :ref", Nominee.class)
                        .setParameter("unit", origin.id())
                        .setParameter("ref", originRef)
                        .getResultList()
                        .forEach(n -> {
                            n.markDecided(label, now);
                            session.update(n);
                        });
                return null;
            });
        }
    }

    /**
     * The completeness checklist of a version the active unit sent or received, judged on the snapshot itself: the
     * council minutes, and each item's required parts.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<ChecklistLine> checklistOf(long submissionId) {
        SubmissionDetails s = submissions.details(submissionId);
        List<ChecklistLine> lines = new ArrayList<>();
        boolean minutesNeeded = false;
        int missing = 0;
        for (SubmissionItem item : s.items()) {
            AwardTypeSummary type = catalogue.find(item.category()).orElse(null);
            if (type == null) {
                continue;
            }
            minutesNeeded |= type.requires().contains(DossierPart.COUNCIL_MINUTES);
            boolean reportFile = s.documents().stream()
                    .anyMatch(d -> KIND_REPORT.equals(d.kind())
                            && Integer.valueOf(item.seq()).equals(d.itemSeq()));
            boolean initiativeFile = s.documents().stream()
                    .anyMatch(d -> KIND_INITIATIVE.equals(d.kind())
                            && Integer.valueOf(item.seq()).equals(d.itemSeq()));
            missing += missingParts(
                    type,
                    item.seq() + ". " + item.label(),
                    reportFile,
                    item.get("reportText"),
                    initiativeFile,
                    item.get("initiativeText"),
                    lines);
        }
        if (minutesNeeded) {
            lines.addFirst(new ChecklistLine(
                    "nomination.check.minutes",
                    List.of(),
                    s.documents().stream().anyMatch(d -> KIND_MINUTES.equals(d.kind()))));
        }
        lines.addFirst(new ChecklistLine(
                "nomination.check.nominees",
                List.of(String.valueOf(s.items().size())),
                !s.items().isEmpty()));
        if (missing == 0 && !s.items().isEmpty()) {
            lines.add(new ChecklistLine("nomination.check.nomineesComplete", List.of(), true));
        }
        return lines;
    }

    // ---- internals ----

    private List<ChecklistLine> checklist(
            Dossier dossier,
            RoundSummary round,
            List<Nominee> list,
            Map<String, Integer> quotas,
            Map<String, Integer> proposed,
            Locale locale) {
        List<ChecklistLine> lines = new ArrayList<>();
        lines.add(
                new ChecklistLine("nomination.check.nominees", List.of(String.valueOf(list.size())), !list.isEmpty()));
        Map<String, AwardTypeSummary> types = new HashMap<>();
        boolean minutesNeeded = false;
        for (String code : proposed.keySet()) {
            AwardTypeSummary type = types.computeIfAbsent(code, catalogue::get);
            minutesNeeded |= type.requires().contains(DossierPart.COUNCIL_MINUTES);
            if (!round.allowedCodes().contains(code)) {
                lines.add(new ChecklistLine("nomination.check.notAllowed", List.of(type.name(locale)), false));
            }
            Integer quota = quotas.get(code);
            if (quota != null) {
                int used = proposed.get(code);
                lines.add(new ChecklistLine(
                        "nomination.check.quota",
                        List.of(type.name(locale), String.valueOf(used), String.valueOf(quota)),
                        used <= quota));
            }
        }
        if (minutesNeeded) {
            lines.add(new ChecklistLine("nomination.check.minutes", List.of(), dossier.getMinutesFileId() != null));
        }
        int missing = 0;
        for (Nominee n : list) {
            AwardTypeSummary type = types.computeIfAbsent(n.getAwardCode(), catalogue::get);
            String who = n.getSeq() + ". " + n.getFullName();
            if (blank(n.getWorkUnit()) || blank(n.getAchievementSummary())) {
                lines.add(new ChecklistLine("nomination.check.fields", List.of(who), false));
                missing++;
            }
            missing += missingParts(
                    type,
                    who,
                    n.getReportFileId() != null,
                    n.getReportText(),
                    n.getInitiativeFileId() != null,
                    n.getInitiativeText(),
                    lines);
        }
        if (!list.isEmpty() && missing == 0) {
            lines.add(new ChecklistLine("nomination.check.nomineesComplete", List.of(), true));
        }
        if (round.disclosureDays() > 0 && !list.isEmpty()) {
            lines.add(disclosureCheck.line(dossier.getTenantId(), dossier.getId(), round.disclosureDays(), list));
        }
        return lines;
    }

    /**
     * The per-nominee parts its award type requires — achievement report (a file, or written, at least {@value
     * #MIN_REPORT_TEXT} characters) and initiative recognition (a file or a reference) — as failing checklist lines.
     * Used for a dossier and for a received snapshot alike. Returns how many are missing.
     */
    private static int missingParts(
            AwardTypeSummary type,
            String who,
            boolean reportFile,
            String reportText,
            boolean initiativeFile,
            String initiativeText,
            List<ChecklistLine> lines) {
        int missing = 0;
        if (type.requires().contains(DossierPart.ACHIEVEMENT_REPORT)
                && !reportFile
                && lengthOf(reportText) < MIN_REPORT_TEXT) {
            lines.add(new ChecklistLine("nomination.check.report", List.of(who), false));
            missing++;
        }
        if (type.requires().contains(DossierPart.INITIATIVE_RECOGNITION) && !initiativeFile && blank(initiativeText)) {
            lines.add(new ChecklistLine("nomination.check.initiative", List.of(who), false));
            missing++;
        }
        return missing;
    }

    private DossierSummary summary(Dossier d, RoundSummary round) {
        Optional<SubmissionSummary> latest = submissions.latest(d.getId());
        DossierStatus status =
                latest.map(s -> DossierStatus.valueOf(s.status().name())).orElse(DossierStatus.DRAFT);
        return new DossierSummary(
                d.getId(),
                round.id(),
                round.name(),
                round.schoolYear(),
                round.deadline(),
                d.getTitle(),
                status,
                (int) nominees.countByDossier(d.getId()),
                latest.orElse(null),
                d.getVersion());
    }

    NomineeSummary toSummary(Nominee n, Locale locale) {
        return new NomineeSummary(
                n.getId(),
                n.getSeq(),
                n.getSubject(),
                n.getAwardCode(),
                catalogue.find(n.getAwardCode()).map(t -> t.name(locale)).orElse(n.getAwardCode()),
                n.getFullName(),
                n.getPosition(),
                n.getWorkUnit(),
                n.getYearsOfService(),
                n.getAchievementSummary(),
                n.getPhone(),
                n.getEmail(),
                n.getPersonUserId(),
                n.getReportText(),
                n.getReportFileId(),
                n.getReportFileOwner(),
                n.getReportFileName(),
                n.getInitiativeText(),
                n.getInitiativeFileId(),
                n.getInitiativeFileOwner(),
                n.getInitiativeFileName(),
                n.getOriginUnitId(),
                n.getOriginUnitName(),
                n.getOriginSubmissionId(),
                n.getOriginVersion(),
                n.getOriginRef(),
                n.getDecisionLabel(),
                n.getVersion());
    }

    private Dossier dossier(long dossierId) {
        return dossiers.findById(dossierId).orElseThrow(() -> new NotFoundException("dossier"));
    }

    private Dossier editableDossier(long dossierId) {
        Dossier dossier = dossier(dossierId);
        Optional<SubmissionSummary> latest = submissions.latest(dossierId);
        if (latest.isPresent()) {
            switch (latest.get().status()) {
                case SENT -> throw new BusinessException("submission.error.waiting");
                case ACCEPTED -> throw new BusinessException("submission.error.locked");
                case RETURNED -> {
                    // returned: the sender fixes its draft and sends the next version
                }
            }
        }
        return dossier;
    }

    private Nominee editableNominee(long nomineeId) {
        Nominee nominee = nominees.findById(nomineeId).orElseThrow(() -> new NotFoundException("nominee"));
        editableDossier(nominee.getDossierId());
        return nominee;
    }

    private void checkAward(NomineeData data) {
        AwardTypeSummary type = catalogue.get(data.awardCode());
        if (!type.subject().name().equals(data.subject())) {
            throw new BusinessException("nomination.error.subjectMismatch");
        }
    }

    private static void apply(Nominee n, NomineeData data) {
        n.setSubject(data.subject());
        n.setAwardCode(data.awardCode());
        n.setFullName(data.fullName().trim());
        n.setPosition(Text.blankToNull(data.position()));
        n.setWorkUnit(Text.blankToNull(data.workUnit()));
        n.setYearsOfService(data.yearsOfService());
        n.setAchievementSummary(Text.blankToNull(data.achievementSummary()));
        n.setPhone(Text.blankToNull(data.phone()));
        n.setEmail(Text.blankToNull(data.email()));
        n.setPersonUserId(data.personUserId());
        n.setReportText(Text.blankToNull(data.reportText()));
        n.setInitiativeText(Text.blankToNull(data.initiativeText()));
    }

    private void renumber(List<Nominee> list) {
        int seq = 0;
        for (Nominee n : list) {
            n.setSeq(++seq);
        }
        nominees.saveAll(list);
    }

    private void save(Object entity) {
        try {
            if (entity instanceof Dossier d) {
                dossiers.saveAndFlush(d);
            } else if (entity instanceof Nominee n) {
                nominees.saveAndFlush(n);
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
    }

    private void audit(long dossierId, String type, String action, String changes) {
        events.publishEvent(
                new AuditEvent(CurrentUser.require().activeUnitId(), type, "dossier/" + dossierId, action, changes));
    }

    private String placeOf(long unitId) {
        return orgUnits.get(unitId).name();
    }

    private static String describe(Nominee n) {
        return "%s (%s)".formatted(n.getFullName(), n.getAwardCode());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int lengthOf(String s) {
        return s == null ? 0 : s.trim().length();
    }

    private static void put(Map<String, String> data, String key, String value) {
        if (value != null && !value.isBlank()) {
            data.put(key, value);
        }
    }

    private static Locale locale() {
        return CurrentUser.get()
                .map(p -> Locale.forLanguageTag(p.locale() == null ? "vi" : p.locale()))
                .orElse(Locale.forLanguageTag("vi"));
    }
}
