package vn.thidua.exemplar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionService;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ExemplarEntry;
import vn.thidua.exemplar.domain.ExemplarEntryRepository;
import vn.thidua.exemplar.domain.ExemplarPhase;
import vn.thidua.exemplar.domain.ExemplarPhaseRepository;
import vn.thidua.exemplar.domain.ExemplarRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.identity.UserAdminService;
import vn.thidua.registration.ModelCandidate;
import vn.thidua.registration.RegistrationService;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Permission;

/**
 * The active unit's exemplar registry: phases, exemplars (imported from the registration round's advanced-model
 * candidates or added directly) and their dated stage entries, with a timeline that shows beside each review the
 * awards of its school year from the award history. Managing needs {@code REGISTRATION_MANAGE}; reading the unit's
 * registry {@code UNIT_VIEW}. Every change is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarService {

    static final int MAX_PHASE_YEARS = 10;

    private final ExemplarPhaseRepository phases;
    private final ExemplarRepository exemplars;
    private final ExemplarEntryRepository entries;
    private final RegistrationService registrations;
    private final DecisionService decisions;
    private final UserAdminService users;
    private final ApplicationEventPublisher events;

    ExemplarService(
            ExemplarPhaseRepository phases,
            ExemplarRepository exemplars,
            ExemplarEntryRepository entries,
            RegistrationService registrations,
            DecisionService decisions,
            UserAdminService users,
            ApplicationEventPublisher events) {
        this.phases = phases;
        this.exemplars = exemplars;
        this.entries = entries;
        this.registrations = registrations;
        this.decisions = decisions;
        this.users = users;
        this.events = events;
    }

    // ---------------------------------------------------------------- phases

    /** The unit's phases, newest first. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<PhaseSummary> phases() {
        return phases.findAllByOrderByStartYearDesc().stream()
                .map(ExemplarService::toSummary)
                .toList();
    }

    @PreAuthorize("hasRole('UNIT_VIEW')")
    public PhaseSummary phase(long phaseId) {
        return toSummary(findPhase(phaseId));
    }

    /** Opens a phase such as 2026–2030; the same years twice, an end before the start or over ten years is refused. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public PhaseSummary openPhase(int startYear, int endYear) {
        if (startYear < 2000 || endYear < startYear || endYear - startYear >= MAX_PHASE_YEARS) {
            throw new BusinessException("exemplar.error.phaseYears");
        }
        if (phases.findByStartYearAndEndYear(startYear, endYear).isPresent()) {
            throw new BusinessException("exemplar.error.phaseExists", startYear + "–" + endYear);
        }
        ExemplarPhase phase = phases.save(new ExemplarPhase(startYear, endYear));
        audit("EXEMPLAR_PHASE", phase.getId(), "CREATED", Changes.of().set("phase", startYear + "–" + endYear));
        return toSummary(phase);
    }

    // ---------------------------------------------------------------- the registry

    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<ExemplarSummary> exemplars(long phaseId) {
        findPhase(phaseId);
        List<Exemplar> list = exemplars.findByPhaseIdOrderById(phaseId);
        Map<Long, List<ExemplarEntry>> byExemplar = new HashMap<>();
        if (!list.isEmpty()) {
            entries.findByExemplarIdIn(list.stream().map(Exemplar::getId).toList())
                    .forEach(e -> byExemplar
                            .computeIfAbsent(e.getExemplarId(), id -> new ArrayList<>())
                            .add(e));
        }
        return list.stream()
                .map(x -> toSummary(x, byExemplar.getOrDefault(x.getId(), List.of())))
                .toList();
    }

    /**
     * Imports the advanced-model candidates marked in the unit's registration round of {@code schoolYear} into the
     * phase; a person already in the phase is skipped. Returns how many were added.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public int importFromRegistration(long phaseId, String schoolYear) {
        findPhase(phaseId);
        List<ModelCandidate> candidates = registrations.modelCandidates(schoolYear);
        if (candidates.isEmpty()) {
            throw new BusinessException("exemplar.error.noCandidates", schoolYear);
        }
        int added = 0;
        for (ModelCandidate c : candidates) {
            boolean present = c.userId() == null
                    ? exemplars
                            .findByPhaseIdAndUserIdIsNullAndName(phaseId, c.name())
                            .isPresent()
                    : exemplars.findByPhaseIdAndUserId(phaseId, c.userId()).isPresent();
            if (present) {
                continue;
            }
            Exemplar x = exemplars.save(new Exemplar(
                    phaseId,
                    c.userId(),
                    c.name(),
                    c.position(),
                    ExemplarField.guess(c.modelField()),
                    c.modelField(),
                    null,
                    c.registrationId()));
            audit(
                    "EXEMPLAR",
                    x.getId(),
                    "IMPORTED",
                    Changes.of()
                            .set("name", x.getName())
                            .set("field", x.getField())
                            .set("registration", schoolYear + " #" + c.registrationId()));
            added++;
        }
        return added;
    }

    /** Adds an individual (a member of the unit) or a collective (by name) directly. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    @Transactional
    public long add(long phaseId, ExemplarData data) {
        findPhase(phaseId);
        if (data.field() == null) {
            throw new BusinessException("exemplar.error.fieldRequired");
        }
        Exemplar x;
        if (data.userId() != null) {
            MemberSummary m =
                    member(data.userId()).orElseThrow(() -> new BusinessException("exemplar.error.notMember"));
            if (exemplars.findByPhaseIdAndUserId(phaseId, m.userId()).isPresent()) {
                throw new BusinessException("exemplar.error.duplicate", m.displayName());
            }
            x = new Exemplar(
                    phaseId,
                    m.userId(),
                    m.displayName(),
                    m.position(),
                    data.field(),
                    blankToNull(data.topic()),
                    blankToNull(data.criteria()),
                    null);
        } else {
            String name = blankToNull(data.collectiveName());
            if (name == null) {
                throw new BusinessException("exemplar.error.nameRequired");
            }
            if (exemplars.findByPhaseIdAndUserIdIsNullAndName(phaseId, name).isPresent()) {
                throw new BusinessException("exemplar.error.duplicate", name);
            }
            x = new Exemplar(
                    phaseId,
                    null,
                    name,
                    null,
                    data.field(),
                    blankToNull(data.topic()),
                    blankToNull(data.criteria()),
                    null);
        }
        if (data.mentorUserId() != null) {
            MemberSummary mentor =
                    member(data.mentorUserId()).orElseThrow(() -> new BusinessException("exemplar.error.notMember"));
            x.assignMentor(mentor.userId(), mentor.displayName());
        }
        x = exemplars.save(x);
        audit(
                "EXEMPLAR",
                x.getId(),
                "CREATED",
                Changes.of().set("name", x.getName()).set("field", x.getField()).set("mentor", x.getMentorName()));
        return x.getId();
    }

    /** Sets the model's field and the criteria it is built against. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void describe(long exemplarId, ExemplarField field, String criteria) {
        doDescribe(find(exemplarId), field, criteria);
    }

    /** Assigns (or clears, with null) the responsible mentor, a member of the unit. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    @Transactional
    public void assignMentor(long exemplarId, Long mentorUserId) {
        doAssignMentor(find(exemplarId), mentorUserId);
    }

    /** Field, criteria and mentor at once: all saved or, on bad input, nothing. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    @Transactional
    public void update(long exemplarId, ExemplarField field, String criteria, Long mentorUserId) {
        Exemplar x = find(exemplarId);
        Optional<MemberSummary> mentor = mentorUserId == null ? Optional.empty() : member(mentorUserId);
        if (mentorUserId != null && mentor.isEmpty()) {
            throw new BusinessException("exemplar.error.notMember");
        }
        doDescribe(x, field, criteria);
        doAssignMentor(x, mentorUserId);
    }

    private void doDescribe(Exemplar x, ExemplarField field, String criteria) {
        if (field == null) {
            throw new BusinessException("exemplar.error.fieldRequired");
        }
        Changes changes = Changes.of()
                .diff("field", x.getField(), field)
                .diff("criteria", x.getCriteria(), blankToNull(criteria));
        x.describe(field, blankToNull(criteria));
        if (!changes.isEmpty()) {
            audit("EXEMPLAR", x.getId(), "UPDATED", changes);
        }
    }

    private void doAssignMentor(Exemplar x, Long mentorUserId) {
        String before = x.getMentorName();
        if (mentorUserId == null) {
            x.assignMentor(null, null);
        } else {
            MemberSummary mentor =
                    member(mentorUserId).orElseThrow(() -> new BusinessException("exemplar.error.notMember"));
            x.assignMentor(mentor.userId(), mentor.displayName());
        }
        Changes changes = Changes.of().diff("mentor", before, x.getMentorName());
        if (!changes.isEmpty()) {
            audit("EXEMPLAR", x.getId(), "MENTOR", changes);
        }
    }

    /** The unit's members, for choosing an individual or a mentor. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('USER_VIEW')")
    public List<MemberSummary> members() {
        return users.members(CurrentUser.require().activeUnitId(), null, 0, 5_000);
    }

    // ---------------------------------------------------------------- entries and the timeline

    /** Adds a dated entry; a date outside the phase, an empty text or a bad count is refused and nothing written. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public long addEntry(long exemplarId, EntryData data) {
        Exemplar x = find(exemplarId);
        PhaseSummary phase = toSummary(findPhase(x.getPhaseId()));
        if (data.stage() == null) {
            throw new BusinessException("exemplar.error.entryIncomplete");
        }
        String text = checkEntry(data.stage(), data, phase);
        boolean replication = data.stage() == ExemplarStage.NHAN_RONG;
        ExemplarEntry e = entries.save(new ExemplarEntry(
                x.getId(),
                data.stage(),
                data.date(),
                text,
                data.stage() != ExemplarStage.BOI_DUONG || data.done(),
                replication ? data.replicationKind() : null,
                replication ? data.participants() : null,
                replication ? data.unitsReached() : null,
                CurrentUser.require().username()));
        audit(
                "EXEMPLAR_ENTRY",
                e.getId(),
                "CREATED",
                Changes.of()
                        .set("exemplar", x.getName())
                        .set("stage", e.getStage())
                        .set("date", Dates.format(e.getDate()))
                        .set("done", e.isDone()));
        return e.getId();
    }

    /**
     * Edits an entry's date, text, done flag and (nhân rộng) replication figures, with the checks of {@link
     * #addEntry}. The stage stays: a {@code data.stage()} other than the entry's (null keeps it) is refused —
     * changing the stage is delete and add. Audited with the diff; nothing written when nothing changed.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void updateEntry(long entryId, EntryData data) {
        ExemplarEntry e = findEntry(entryId);
        Exemplar x = find(e.getExemplarId());
        PhaseSummary phase = toSummary(findPhase(x.getPhaseId()));
        if (data.stage() != null && data.stage() != e.getStage()) {
            throw new BusinessException("exemplar.error.stageFixed");
        }
        String text = checkEntry(e.getStage(), data, phase);
        boolean replication = e.getStage() == ExemplarStage.NHAN_RONG;
        boolean done = e.getStage() != ExemplarStage.BOI_DUONG || data.done();
        ReplicationKind kind = replication ? data.replicationKind() : null;
        Integer participants = replication ? data.participants() : null;
        Integer units = replication ? data.unitsReached() : null;
        Changes changes = Changes.of().set("exemplar", x.getName()).set("stage", e.getStage());
        Changes diff = Changes.of();
        for (Changes c : List.of(changes, diff)) {
            c.diff("date", Dates.format(e.getDate()), Dates.format(data.date()))
                    .diff("text", e.getText(), text)
                    .diff("done", e.isDone(), done)
                    .diff("replicationKind", e.getReplicationKind(), kind)
                    .diff("participants", e.getParticipants(), participants)
                    .diff("unitsReached", e.getUnitsReached(), units);
        }
        if (diff.isEmpty()) {
            return;
        }
        e.edit(data.date(), text, done, kind, participants, units);
        audit("EXEMPLAR_ENTRY", e.getId(), "UPDATED", changes);
    }

    /** Deletes an entry of one of the unit's exemplars, audited with what it said. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void deleteEntry(long entryId) {
        ExemplarEntry e = findEntry(entryId);
        Exemplar x = find(e.getExemplarId());
        entries.delete(e);
        audit(
                "EXEMPLAR_ENTRY",
                e.getId(),
                "DELETED",
                Changes.of()
                        .set("exemplar", x.getName())
                        .set("stage", e.getStage())
                        .set("date", Dates.format(e.getDate()))
                        .set("text", e.getText()));
    }

    /** The checks of an entry of {@code stage}: date inside the phase, a text, a replication kind, no negative count. */
    private static String checkEntry(ExemplarStage stage, EntryData data, PhaseSummary phase) {
        if (data.date() == null) {
            throw new BusinessException("exemplar.error.entryIncomplete");
        }
        if (data.date().isBefore(phase.firstDay()) || data.date().isAfter(phase.lastDay())) {
            throw new BusinessException("exemplar.error.outsidePhase", Dates.format(data.date()), phase.name());
        }
        String text = blankToNull(data.text());
        if (text == null) {
            throw new BusinessException("exemplar.error.textRequired");
        }
        boolean replication = stage == ExemplarStage.NHAN_RONG;
        if (replication && data.replicationKind() == null) {
            throw new BusinessException("exemplar.error.replicationKind");
        }
        if (replication
                && ((data.participants() != null && data.participants() < 0)
                        || (data.unitsReached() != null && data.unitsReached() < 0))) {
            throw new BusinessException("exemplar.error.negativeCount");
        }
        return text;
    }

    /** Marks a planned fostering action as done. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void markDone(long entryId) {
        ExemplarEntry e = findEntry(entryId);
        if (!e.isDone()) {
            e.markDone();
            audit("EXEMPLAR_ENTRY", e.getId(), "DONE", Changes.of().diff("done", false, true));
        }
    }

    /**
     * An exemplar with its timeline: entries by date; beside each review, for an individual, the awards of its
     * school year from the award history (shown only to who may read the unit's award history).
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public ExemplarDetails details(long exemplarId) {
        Exemplar x = find(exemplarId);
        PhaseSummary phase = toSummary(findPhase(x.getPhaseId()));
        List<ExemplarEntry> list = entries.findByExemplarIdOrderByDateAscIdAsc(x.getId());
        List<AwardRecordSummary> awards = awardsOf(x, list);
        List<TimelineItem> timeline = list.stream()
                .sorted(Comparator.comparing(ExemplarEntry::getDate).thenComparing(ExemplarEntry::getId))
                .map(e -> {
                    String year = Dates.schoolYear(e.getDate());
                    List<String> ofYear = e.getStage() == ExemplarStage.TONG_KET
                            ? awards.stream()
                                    .filter(a -> year.equals(a.schoolYear()))
                                    .map(a -> a.awardName() + " (" + a.decisionLabel() + ")")
                                    .toList()
                            : List.of();
                    return new TimelineItem(
                            e.getId(),
                            e.getStage(),
                            e.getDate(),
                            e.getText(),
                            e.isDone(),
                            e.getReplicationKind(),
                            e.getParticipants(),
                            e.getUnitsReached(),
                            year,
                            ofYear);
                })
                .toList();
        return new ExemplarDetails(toSummary(x, list), phase, timeline);
    }

    private List<AwardRecordSummary> awardsOf(Exemplar x, List<ExemplarEntry> list) {
        PortalPrincipal me = CurrentUser.require();
        if (x.isCollective()
                || list.stream().noneMatch(e -> e.getStage() == ExemplarStage.TONG_KET)
                || !me.can(Permission.AWARD_VIEW)
                || !me.can(Permission.USER_VIEW)) {
            return List.of();
        }
        return decisions.awardsOfMembers().getOrDefault(x.getUserId(), List.of());
    }

    // ---------------------------------------------------------------- helpers

    Exemplar find(long id) {
        return exemplars.findById(id).orElseThrow(() -> new NotFoundException("exemplar"));
    }

    private ExemplarEntry findEntry(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("exemplar entry"));
    }

    private ExemplarPhase findPhase(long id) {
        return phases.findById(id).orElseThrow(() -> new NotFoundException("exemplar phase"));
    }

    private Optional<MemberSummary> member(long userId) {
        return members().stream().filter(m -> m.userId() == userId).findFirst();
    }

    private static PhaseSummary toSummary(ExemplarPhase p) {
        return new PhaseSummary(p.getId(), p.getStartYear() + "–" + p.getEndYear(), p.getStartYear(), p.getEndYear());
    }

    private static ExemplarSummary toSummary(Exemplar x, List<ExemplarEntry> list) {
        ExemplarStage stage = list.stream()
                .map(ExemplarEntry::getStage)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new ExemplarSummary(
                x.getId(),
                x.getPhaseId(),
                x.isCollective(),
                x.getUserId(),
                x.getName(),
                x.getPosition(),
                x.getField(),
                x.getTopic(),
                x.getCriteria(),
                x.getMentorName(),
                stage,
                list.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Audits a change of the active unit's registry and tells the read model its exemplar counts changed. */
    private void audit(String type, long id, String action, Changes changes) {
        long unit = CurrentUser.require().activeUnitId();
        events.publishEvent(new AuditEvent(unit, type, String.valueOf(id), action, changes.toString()));
        events.publishEvent(new ExemplarsChanged(unit));
    }
}
