package vn.thidua.registration;

import jakarta.validation.Valid;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.identity.UserAdminService;
import vn.thidua.registration.domain.RegistrationEntry;
import vn.thidua.registration.domain.RegistrationEntryRepository;
import vn.thidua.registration.domain.RegistrationRound;
import vn.thidua.registration.domain.RegistrationRoundRepository;
import vn.thidua.registration.domain.RegistrationTarget;
import vn.thidua.registration.domain.RegistrationTargetRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;

/**
 * Registration of emulation titles in the active unit. The officer opens one round per school year with a deadline
 * and targets; staff register their own titles until the deadline (after it, or once the round is closed, nothing
 * changes); the officer registers collectives, marks advanced-model candidates and follows the targets. Every change
 * is audited in its transaction. All rows are the active unit's (tenant-filtered): another unit's round is "not
 * found".
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RegistrationService {

    static final int MAX_COMMITMENT = 1000;
    static final int MAX_MEMBERS = 10_000;
    private static final String INDIVIDUAL = "INDIVIDUAL";
    private static final String COLLECTIVE = "COLLECTIVE";

    private final RegistrationRoundRepository rounds;
    private final RegistrationTargetRepository targets;
    private final RegistrationEntryRepository entries;
    private final CatalogueService catalogue;
    private final UserAdminService users;
    private final ApplicationEventPublisher events;

    RegistrationService(
            RegistrationRoundRepository rounds,
            RegistrationTargetRepository targets,
            RegistrationEntryRepository entries,
            CatalogueService catalogue,
            UserAdminService users,
            ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.targets = targets;
        this.entries = entries;
        this.catalogue = catalogue;
        this.users = users;
        this.events = events;
    }

    // ---- rounds ----

    /** The active unit's rounds, latest school year first. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<RegistrationRoundSummary> rounds() {
        return rounds.findAllByOrderBySchoolYearDesc().stream()
                .map(this::toSummary)
                .toList();
    }

    @PreAuthorize("hasRole('UNIT_VIEW')")
    public RegistrationRoundSummary round(long roundId) {
        return toSummary(roundOf(roundId));
    }

    @PreAuthorize("hasRole('UNIT_VIEW')")
    public Optional<RegistrationRoundSummary> roundFor(String schoolYear) {
        return rounds.findBySchoolYear(schoolYear).map(this::toSummary);
    }

    /** Opens the active unit's round for a school year (one per year), with its targets. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public RegistrationRoundSummary openRound(@Valid RegistrationRoundData data) {
        if (data.deadline().isBefore(Dates.today())) {
            throw new BusinessException("registration.error.deadlinePast");
        }
        if (rounds.findBySchoolYear(data.schoolYear()).isPresent()) {
            throw new BusinessException("registration.error.roundExists", data.schoolYear());
        }
        List<TargetData> checked = checkTargets(data.targets(), data.deadline());
        RegistrationRound round = new RegistrationRound(data.schoolYear(), Dates.today());
        round.setName(data.name().trim());
        round.setDeadline(data.deadline());
        try {
            rounds.saveAndFlush(round);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("registration.error.roundExists", data.schoolYear());
        }
        checked.forEach(
                t -> targets.save(new RegistrationTarget(round.getId(), t.titleCode(), t.percent(), t.count())));
        audit(
                round,
                "REGISTRATION_ROUND",
                round.getId(),
                "OPENED",
                Changes.of()
                        .set("schoolYear", round.getSchoolYear())
                        .set("name", round.getName())
                        .set("deadline", Dates.format(round.getDeadline()))
                        .set("targets", targetsText(checked)));
        return toSummary(round);
    }

    /** Changes the round's name, deadline and targets (the school year stays). */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public RegistrationRoundSummary updateRound(long roundId, @Valid RegistrationRoundData data) {
        RegistrationRound round = roundOf(roundId);
        if (round.getVersion() != data.version()) {
            throw new BusinessException("common.error.concurrent");
        }
        List<TargetData> checked = checkTargets(data.targets(), data.deadline());
        List<RegistrationTarget> before = targets.findByRoundIdOrderById(roundId);
        String beforeText =
                targetsText(before.stream().map(RegistrationService::toData).toList());
        Changes changes = Changes.of()
                .diff("name", round.getName(), data.name().trim())
                .diff("deadline", Dates.format(round.getDeadline()), Dates.format(data.deadline()))
                .diff("targets", beforeText, targetsText(checked));
        if (changes.isEmpty()) {
            return toSummary(round);
        }
        round.setName(data.name().trim());
        round.setDeadline(data.deadline());
        save(round);
        if (!beforeText.equals(targetsText(checked))) {
            targets.deleteAll(before);
            targets.flush();
            checked.forEach(t -> targets.save(new RegistrationTarget(roundId, t.titleCode(), t.percent(), t.count())));
        }
        audit(round, "REGISTRATION_ROUND", roundId, "UPDATED", changes);
        return toSummary(round);
    }

    /** Closes (or reopens) the round: once closed, nobody changes a registration. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public RegistrationRoundSummary setClosed(long roundId, boolean closed) {
        RegistrationRound round = roundOf(roundId);
        if (round.isClosed() != closed) {
            round.setClosed(closed);
            save(round);
            audit(round, "REGISTRATION_ROUND", roundId, closed ? "CLOSED" : "REOPENED", Changes.of());
        }
        return toSummary(round);
    }

    // ---- a person's own registration ----

    /** The current user's registration in a round of the active unit. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public Optional<RegistrationSummary> myRegistration(long roundId) {
        roundOf(roundId);
        return entries.findByRoundIdAndUserId(roundId, CurrentUser.require().userId())
                .map(RegistrationService::toSummary);
    }

    /**
     * Registers (or changes) the current user's own titles. Refused once the deadline has passed or the round is
     * closed; titles must be individual emulation titles in force, the optional award form an individual form.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional
    public RegistrationSummary register(long roundId, MyRegistrationData data) {
        PortalPrincipal me = CurrentUser.require();
        RegistrationRound round = roundOf(roundId);
        checkStaffMayChange(round);
        Set<String> titles = checkTitles(data.titleCodes(), Subject.INDIVIDUAL, round.getDeadline());
        String form = checkForm(data.formCode(), Subject.INDIVIDUAL, round.getDeadline());
        String commitment = checkCommitment(data.commitment());
        RegistrationEntry entry = entries.findByRoundIdAndUserId(roundId, me.userId())
                .orElseGet(() -> new RegistrationEntry(roundId, INDIVIDUAL, me.userId()));
        boolean created = entry.getId() == null;
        Changes changes = Changes.of()
                .diff("titles", created ? null : entry.getTitleCodesText(), String.join(",", titles))
                .diff("form", entry.getFormCode(), form)
                .diff("commitment", entry.getCommitment(), commitment);
        if (!created && changes.isEmpty()) {
            return toSummary(entry);
        }
        changes = Changes.of().set("person", me.username() + "; " + changes);
        entry.setFullName(me.displayName());
        entry.setTitleCodes(titles);
        entry.setFormCode(form);
        entry.setCommitment(commitment);
        entry.touch(me.displayName());
        saveEntry(entry);
        audit(round, "REGISTRATION", entry.getId(), created ? "REGISTERED" : "CHANGED", changes);
        return toSummary(entry);
    }

    // ---- the unit's collectives and advanced-model candidates ----

    /** Registers a collective (the unit itself or a tổ chuyên môn) for collective titles; {@code entryId} null = new. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public RegistrationSummary registerCollective(long roundId, Long entryId, CollectiveData data) {
        PortalPrincipal me = CurrentUser.require();
        RegistrationRound round = roundOf(roundId);
        checkOpen(round);
        String name = data.name() == null ? "" : data.name().trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new BusinessException("registration.error.collectiveName");
        }
        Set<String> titles = checkTitles(data.titleCodes(), Subject.COLLECTIVE, round.getDeadline());
        String form = checkForm(data.formCode(), Subject.COLLECTIVE, round.getDeadline());
        String commitment = checkCommitment(data.commitment());
        RegistrationEntry entry;
        if (entryId == null) {
            entry = new RegistrationEntry(roundId, COLLECTIVE, null);
        } else {
            entry = entryOf(roundId, entryId);
            if (!entry.isCollective()) {
                throw new NotFoundException("collective registration " + entryId);
            }
        }
        boolean created = entry.getId() == null;
        boolean duplicate = entries.findByRoundIdOrderById(roundId).stream()
                .anyMatch(e -> e.isCollective()
                        && !e.getId().equals(entry.getId())
                        && e.getFullName().equalsIgnoreCase(name));
        if (duplicate) {
            throw new BusinessException("registration.error.collectiveDuplicate", name);
        }
        Changes changes = Changes.of()
                .diff("name", entry.getFullName(), name)
                .diff("titles", created ? null : entry.getTitleCodesText(), String.join(",", titles))
                .diff("form", entry.getFormCode(), form)
                .diff("commitment", entry.getCommitment(), commitment);
        if (!created && changes.isEmpty()) {
            return toSummary(entry);
        }
        entry.setFullName(name);
        entry.setTitleCodes(titles);
        entry.setFormCode(form);
        entry.setCommitment(commitment);
        entry.touch(me.displayName());
        saveEntry(entry);
        audit(round, "REGISTRATION", entry.getId(), created ? "REGISTERED" : "CHANGED", changes);
        return toSummary(entry);
    }

    /** Removes a collective registration. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void removeCollective(long roundId, long entryId) {
        RegistrationRound round = roundOf(roundId);
        checkOpen(round);
        RegistrationEntry entry = entryOf(roundId, entryId);
        if (!entry.isCollective()) {
            throw new NotFoundException("collective registration " + entryId);
        }
        entries.delete(entry);
        audit(
                round,
                "REGISTRATION",
                entryId,
                "REMOVED",
                Changes.of().set("name", entry.getFullName()).set("titles", entry.getTitleCodesText()));
    }

    /** Marks (or unmarks) a registration as a candidate for an advanced model, with the field of the model. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    @Transactional
    public RegistrationSummary markModelCandidate(long roundId, long entryId, boolean candidate, String field) {
        RegistrationRound round = roundOf(roundId);
        checkOpen(round);
        RegistrationEntry entry = entryOf(roundId, entryId);
        String f = Text.blankToNull(field == null ? null : field.trim());
        if (candidate && f == null) {
            throw new BusinessException("registration.error.modelField");
        }
        if (f != null && f.length() > 255) {
            throw new BusinessException("registration.error.modelFieldLong");
        }
        Changes changes = Changes.of()
                .diff("modelCandidate", entry.isModelCandidate(), candidate)
                .diff("modelField", entry.getModelField(), candidate ? f : null);
        if (changes.isEmpty()) {
            return toSummary(entry);
        }
        entry.setModel(candidate, f);
        if (!entry.isCollective()) {
            // the position as the unit lists it today, for the exemplars that read the candidates later
            long unitId = CurrentUser.require().activeUnitId();
            users.members(unitId, null, 0, MAX_MEMBERS).stream()
                    .filter(m -> m.userId() == entry.getUserId())
                    .findFirst()
                    .ifPresent(m -> entry.setPosition(m.position()));
        }
        entry.touch(CurrentUser.require().displayName());
        saveEntry(entry);
        audit(round, "REGISTRATION", entryId, candidate ? "MODEL_MARKED" : "MODEL_UNMARKED", changes);
        return toSummary(entry);
    }

    // ---- the officer's overview ----

    /**
     * Every member of the active unit with what they registered, the collectives, and each target against what was
     * registered (shares are counted among the unit's current members).
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    public RegistrationOverview overview(long roundId, Locale locale) {
        RegistrationRound round = roundOf(roundId);
        List<RegistrationEntry> all = entries.findByRoundIdOrderById(roundId);
        Map<Long, RegistrationEntry> byUser = new HashMap<>();
        List<RegistrationSummary> collectives = new ArrayList<>();
        for (RegistrationEntry e : all) {
            if (e.isCollective()) {
                collectives.add(toSummary(e));
            } else {
                byUser.put(e.getUserId(), e);
            }
        }
        long unitId = CurrentUser.require().activeUnitId();
        Map<Long, MemberSummary> members = new LinkedHashMap<>();
        users.members(unitId, null, 0, MAX_MEMBERS).forEach(m -> members.putIfAbsent(m.userId(), m));
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<StaffRow> staff = new ArrayList<>();
        for (MemberSummary m : members.values()) {
            RegistrationEntry e = byUser.get(m.userId());
            staff.add(new StaffRow(
                    m.userId(), m.displayName(), m.position(), e == null ? null : toSummary(e, m.position())));
        }
        staff.sort(Comparator.comparing(StaffRow::displayName, collator));
        List<TargetProgress> progress = new ArrayList<>();
        for (RegistrationTarget t : targets.findByRoundIdOrderById(roundId)) {
            String name =
                    catalogue.find(t.getTitleCode()).map(a -> a.name(locale)).orElse(t.getTitleCode());
            if (t.getPercent() != null) {
                int base = staff.size();
                int achieved = (int) staff.stream()
                        .filter(r ->
                                r.registered() && r.registration().titleCodes().contains(t.getTitleCode()))
                        .count();
                int required = (int) Math.ceil(t.getPercent() * base / 100.0);
                progress.add(new TargetProgress(t.getTitleCode(), name, t.getPercent(), achieved, base, required));
            } else {
                boolean collective = catalogue
                        .find(t.getTitleCode())
                        .map(a -> a.subject() == Subject.COLLECTIVE)
                        .orElse(false);
                int achieved = (int)
                        (collective
                                ? collectives.stream()
                                        .filter(c -> c.titleCodes().contains(t.getTitleCode()))
                                        .count()
                                : staff.stream()
                                        .filter(r -> r.registered()
                                                && r.registration().titleCodes().contains(t.getTitleCode()))
                                        .count());
                progress.add(new TargetProgress(t.getTitleCode(), name, null, achieved, achieved, t.getCount()));
            }
        }
        return new RegistrationOverview(toSummary(round), staff, collectives, progress);
    }

    /**
     * Reminds every member who has not registered yet (a notification each), while staff may still register.
     * Returns how many were reminded.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    @Transactional
    public int remindMissing(long roundId) {
        RegistrationRound round = roundOf(roundId);
        checkStaffMayChange(round);
        List<Long> missing = overview(roundId, Locale.forLanguageTag("vi")).missing().stream()
                .map(StaffRow::userId)
                .toList();
        if (missing.isEmpty()) {
            throw new BusinessException("registration.remind.none");
        }
        events.publishEvent(new RegistrationReminderRequested(
                CurrentUser.require().activeUnitId(), roundId, round.getName(), round.getDeadline(), missing));
        audit(round, "REGISTRATION_ROUND", roundId, "REMINDED", Changes.of().set("people", missing.size()));
        return missing.size();
    }

    // ---- public API for other modules ----

    /**
     * The titles each person registered in the active unit's round of {@code schoolYear}: user id → title codes
     * (empty when the unit has no round that year). For the eligibility engine's "registered" condition.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public Map<Long, Set<String>> registeredTitles(String schoolYear) {
        Map<Long, Set<String>> result = new HashMap<>();
        rounds.findBySchoolYear(schoolYear).ifPresent(round -> entries.findByRoundIdOrderById(round.getId()).stream()
                .filter(e -> !e.isCollective())
                .forEach(e -> result.put(e.getUserId(), Set.copyOf(e.getTitleCodes()))));
        return result;
    }

    /** The collectives registered in the active unit's round of {@code schoolYear}: name → title codes. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public Map<String, Set<String>> registeredCollectiveTitles(String schoolYear) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        rounds.findBySchoolYear(schoolYear).ifPresent(round -> entries.findByRoundIdOrderById(round.getId()).stream()
                .filter(RegistrationEntry::isCollective)
                .forEach(e -> result.put(e.getFullName(), Set.copyOf(e.getTitleCodes()))));
        return result;
    }

    /** The advanced-model candidates marked in the active unit's round of {@code schoolYear}. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<ModelCandidate> modelCandidates(String schoolYear) {
        return rounds.findBySchoolYear(schoolYear)
                .map(round -> entries.findByRoundIdOrderById(round.getId()).stream()
                        .filter(RegistrationEntry::isModelCandidate)
                        .map(e -> new ModelCandidate(
                                e.getId(),
                                round.getSchoolYear(),
                                e.getUserId(),
                                e.getFullName(),
                                e.getPosition(),
                                e.getModelField()))
                        .toList())
                .orElse(List.of());
    }

    // ---- checks ----

    private void checkStaffMayChange(RegistrationRound round) {
        if (round.isClosed()) {
            throw new BusinessException("registration.error.closed");
        }
        if (!round.acceptsStaffChangesOn(Dates.today())) {
            throw new BusinessException("registration.error.deadlinePassed", Dates.format(round.getDeadline()));
        }
    }

    private static void checkOpen(RegistrationRound round) {
        if (round.isClosed()) {
            throw new BusinessException("registration.error.closed");
        }
    }

    /** Titles only (never award forms), of the given subject, in force on {@code date}; at least one. */
    private Set<String> checkTitles(Set<String> codes, Subject subject, LocalDate date) {
        if (codes.isEmpty()) {
            throw new BusinessException("registration.error.noTitle");
        }
        Set<String> inForce = new HashSet<>();
        catalogue.awardTypes(date).stream()
                .filter(t -> t.kind() == AwardKind.TITLE && t.subject() == subject)
                .forEach(t -> inForce.add(t.code()));
        for (String code : codes) {
            if (!inForce.contains(code)) {
                throw new BusinessException("registration.error.title", code);
            }
        }
        return new TreeSet<>(codes);
    }

    private String checkForm(String code, Subject subject, LocalDate date) {
        String c = Text.blankToNull(code);
        if (c == null) {
            return null;
        }
        boolean ok = catalogue.awardTypes(date).stream()
                .anyMatch(t -> t.kind() == AwardKind.FORM
                        && t.subject() == subject
                        && t.code().equals(c));
        if (!ok) {
            throw new BusinessException("registration.error.form", c);
        }
        return c;
    }

    private static String checkCommitment(String text) {
        String t = Text.blankToNull(text == null ? null : text.trim());
        if (t != null && t.length() > MAX_COMMITMENT) {
            throw new BusinessException("registration.error.commitmentLong", MAX_COMMITMENT);
        }
        return t;
    }

    /** Targets: titles in force, no title twice, a share (1–100, individual titles) or a count (1–10,000). */
    private List<TargetData> checkTargets(List<TargetData> list, LocalDate date) {
        Map<String, AwardTypeSummary> titles = new HashMap<>();
        catalogue.awardTypes(date).stream()
                .filter(t -> t.kind() == AwardKind.TITLE)
                .forEach(t -> titles.put(t.code(), t));
        Set<String> seen = new HashSet<>();
        for (TargetData t : list) {
            AwardTypeSummary title = titles.get(t.titleCode());
            if (title == null) {
                throw new BusinessException("registration.error.title", t.titleCode());
            }
            if (!seen.add(t.titleCode())) {
                throw new BusinessException("registration.error.targetTwice", title.nameVi());
            }
            if ((t.percent() == null) == (t.count() == null)) {
                throw new BusinessException("registration.error.targetKind", title.nameVi());
            }
            if (t.percent() != null) {
                if (t.percent() < 1 || t.percent() > 100) {
                    throw new BusinessException("registration.error.targetPercent", title.nameVi());
                }
                if (title.subject() != Subject.INDIVIDUAL) {
                    throw new BusinessException("registration.error.targetPercentCollective", title.nameVi());
                }
            } else if (t.count() < 1 || t.count() > 10_000) {
                throw new BusinessException("registration.error.targetCount", title.nameVi());
            }
        }
        return list;
    }

    // ---- helpers ----

    private RegistrationRound roundOf(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("registration round " + roundId));
    }

    private RegistrationEntry entryOf(long roundId, long entryId) {
        return entries.findById(entryId)
                .filter(e -> e.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundException("registration " + entryId));
    }

    private void save(RegistrationRound round) {
        try {
            rounds.saveAndFlush(round);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
    }

    private void saveEntry(RegistrationEntry entry) {
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new BusinessException("common.error.concurrent");
        }
    }

    private void audit(RegistrationRound round, String type, long id, String action, Changes changes) {
        events.publishEvent(new AuditEvent(
                CurrentUser.require().activeUnitId(),
                type,
                String.valueOf(id),
                action,
                "round: " + round.getSchoolYear() + (changes.isEmpty() ? "" : "; " + changes)));
    }

    private static String targetsText(List<TargetData> list) {
        return list.stream()
                .map(t -> t.titleCode() + (t.percent() != null ? " " + t.percent() + "%" : " ×" + t.count()))
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private RegistrationRoundSummary toSummary(RegistrationRound r) {
        return new RegistrationRoundSummary(
                r.getId(),
                r.getSchoolYear(),
                r.getName(),
                r.getDeadline(),
                r.getOpenedOn(),
                r.isClosed(),
                r.acceptsStaffChangesOn(Dates.today()),
                r.getId() == null
                        ? List.of()
                        : targets.findByRoundIdOrderById(r.getId()).stream()
                                .map(RegistrationService::toData)
                                .toList(),
                r.getVersion());
    }

    private static TargetData toData(RegistrationTarget t) {
        return new TargetData(t.getTitleCode(), t.getPercent(), t.getCount());
    }

    static RegistrationSummary toSummary(RegistrationEntry e) {
        return toSummary(e, e.getPosition());
    }

    private static RegistrationSummary toSummary(RegistrationEntry e, String position) {
        return new RegistrationSummary(
                e.getId(),
                e.getRoundId(),
                e.isCollective(),
                e.getUserId(),
                e.getFullName(),
                position,
                e.getTitleCodes(),
                e.getFormCode(),
                e.getCommitment(),
                e.isModelCandidate(),
                e.getModelField(),
                e.getUpdatedAt(),
                e.getUpdatedBy(),
                e.getVersion());
    }
}
