package vn.thidua.council;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.council.domain.CouncilAttendee;
import vn.thidua.council.domain.CouncilAttendeeRepository;
import vn.thidua.council.domain.CouncilCandidate;
import vn.thidua.council.domain.CouncilCandidateRepository;
import vn.thidua.council.domain.CouncilMember;
import vn.thidua.council.domain.CouncilMemberRepository;
import vn.thidua.council.domain.CouncilSession;
import vn.thidua.council.domain.CouncilSessionRepository;
import vn.thidua.document.DocxRenderer;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.EligibilityService.CouncilBallot;
import vn.thidua.eligibility.EligibilityService.CouncilQuorum;
import vn.thidua.eligibility.UnitEligibilityService;
import vn.thidua.eligibility.VoteBasis;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserAdminService;
import vn.thidua.nomination.DossierDetails;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeSummary;
import vn.thidua.numbering.NumberSeries;
import vn.thidua.numbering.NumberingService;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Permission;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * The active unit's council: its members, its sessions (attendance, quorum, candidates), the secret ballot — online,
 * each present member once, only tallies and a has-voted marker stored, or tallies from paper — and closing, which
 * judges every candidate by its title's ballot rule in force on the session date, freezes the results and attaches
 * the minutes to the linked nomination dossier. Quorum and pass rules come from the eligibility rule sets.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CouncilService {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final CouncilMemberRepository members;
    private final CouncilSessionRepository sessions;
    private final CouncilAttendeeRepository attendees;
    private final CouncilCandidateRepository candidates;
    private final UserAdminService users;
    private final NominationService nominations;
    private final EligibilityService eligibility;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final ApplicationEventPublisher events;
    private final NumberingService numbering;
    private final UnitEligibilityService unitEligibility;

    CouncilService(
            CouncilMemberRepository members,
            CouncilSessionRepository sessions,
            CouncilAttendeeRepository attendees,
            CouncilCandidateRepository candidates,
            UserAdminService users,
            NominationService nominations,
            EligibilityService eligibility,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            ApplicationEventPublisher events,
            NumberingService numbering,
            UnitEligibilityService unitEligibility) {
        this.unitEligibility = unitEligibility;
        this.members = members;
        this.sessions = sessions;
        this.attendees = attendees;
        this.candidates = candidates;
        this.users = users;
        this.nominations = nominations;
        this.eligibility = eligibility;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.events = events;
        this.numbering = numbering;
    }

    // ---------------------------------------------------------------- the council

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    public List<CouncilMemberSummary> members() {
        return members.findAllByOrderByIdAsc().stream()
                .map(m -> new CouncilMemberSummary(
                        m.getId(), m.getUserId(), m.getFullName(), m.getPosition(), m.getRole()))
                .toList();
    }

    /** The unit's people who may sit on the council: those whose roles let them vote (e.g. Thành viên HĐTĐKT). */
    @PreAuthorize("hasRole('COUNCIL_MANAGE') and hasRole('USER_VIEW')")
    public List<MemberSummary> eligibleMembers() {
        long unit = unitId();
        Set<Long> already = members.findAllByOrderByIdAsc().stream()
                .map(CouncilMember::getUserId)
                .collect(Collectors.toSet());
        return users.members(unit, "", 0, 1000).stream()
                .filter(m -> mayVote(m) && !already.contains(m.userId()))
                .toList();
    }

    /** Adds one of the unit's members (by membership) to the council with a role. */
    @PreAuthorize("hasRole('COUNCIL_MANAGE') and hasRole('USER_VIEW')")
    @Transactional
    public long addMember(long membershipId, CouncilRole role) {
        MemberSummary m = users.member(unitId(), membershipId);
        if (!mayVote(m)) {
            throw new BusinessException("council.error.noVoteRole", m.displayName());
        }
        if (members.findByUserId(m.userId()).isPresent()) {
            throw new BusinessException("council.error.alreadyMember", m.displayName());
        }
        checkSingle(role, null);
        CouncilMember member = new CouncilMember(m.userId(), m.displayName(), Text.blankToNull(m.position()), role);
        members.saveAndFlush(member);
        audit("COUNCIL_MEMBER", "council-member/" + member.getId(), "ADDED", m.displayName() + ": " + role);
        return member.getId();
    }

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void changeRole(long memberId, CouncilRole role) {
        CouncilMember member = members.findById(memberId).orElseThrow(() -> new NotFoundException("council member"));
        if (member.getRole() == role) {
            return;
        }
        checkSingle(role, memberId);
        String before = member.getRole().name();
        member.setRole(role);
        saveOrConflict(() -> members.saveAndFlush(member));
        audit(
                "COUNCIL_MEMBER",
                "council-member/" + memberId,
                "UPDATED",
                member.getFullName() + ": role: " + before + " → " + role);
    }

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void removeMember(long memberId) {
        CouncilMember member = members.findById(memberId).orElseThrow(() -> new NotFoundException("council member"));
        members.delete(member);
        audit("COUNCIL_MEMBER", "council-member/" + memberId, "REMOVED", member.getFullName());
    }

    // ---------------------------------------------------------------- sessions

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    public List<SessionSummary> sessions() {
        return sessions.findAllByOrderBySessionDateDescIdDesc().stream()
                .map(s -> summary(s, attendees.findBySessionIdOrderByIdAsc(s.getId())))
                .toList();
    }

    /** Opens a session with the council as it is now (every member called, all marked absent until ticked). */
    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public long openSession(@Valid SessionData data) {
        List<CouncilMember> council = members.findAllByOrderByIdAsc();
        if (council.stream().noneMatch(m -> m.getRole() == CouncilRole.CHAIR)) {
            throw new BusinessException("council.error.noChair");
        }
        if (council.stream().noneMatch(m -> m.getRole() == CouncilRole.SECRETARY)) {
            throw new BusinessException("council.error.noSecretary");
        }
        CouncilSession session = new CouncilSession(
                data.date(),
                Text.blankToNull(data.startTime()),
                data.place().strip(),
                Text.blankToNull(data.locality()),
                data.schoolYear(),
                data.agenda().strip(),
                data.mode());
        sessions.saveAndFlush(session);
        for (CouncilMember m : council) {
            attendees.save(
                    new CouncilAttendee(session.getId(), m.getUserId(), m.getFullName(), m.getPosition(), m.getRole()));
        }
        attendees.flush();
        audit(
                session.getId(),
                "OPENED",
                data.date() + ", " + data.place() + ", " + data.schoolYear() + ", " + data.mode() + ", "
                        + council.size() + " members");
        return session.getId();
    }

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    public SessionDetails details(long sessionId) {
        return details(session(sessionId), locale());
    }

    /** Marks a member present or absent (while preparing only: the attendance is frozen once voting starts). */
    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void setPresent(long sessionId, long attendeeId, boolean present) {
        CouncilSession session = preparing(sessionId);
        CouncilAttendee a = attendees
                .findById(attendeeId)
                .filter(x -> x.getSessionId() == session.getId())
                .orElseThrow(() -> new NotFoundException("attendee"));
        if (a.isPresent() == present) {
            return;
        }
        a.setPresent(present);
        saveOrConflict(() -> attendees.saveAndFlush(a));
        audit(sessionId, present ? "PRESENT" : "ABSENT", a.getFullName());
    }

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void setMode(long sessionId, BallotMode mode) {
        CouncilSession session = preparing(sessionId);
        if (session.getMode() == mode) {
            return;
        }
        BallotMode before = session.getMode();
        session.setMode(mode);
        saveOrConflict(() -> sessions.saveAndFlush(session));
        audit(sessionId, "UPDATED", "mode: " + before + " → " + mode);
    }

    // ---------------------------------------------------------------- candidates

    /** The unit's nomination dossiers whose nominees can be imported (drafts and returned ones). */
    @PreAuthorize("hasRole('COUNCIL_MANAGE') and hasRole('SUBMISSION_PREPARE')")
    public List<DossierSummary> importableDossiers() {
        return nominations.dossiers().stream().filter(DossierSummary::editable).toList();
    }

    /**
     * Imports the nominees of one of the unit's editable nomination dossiers as candidates (those already imported are
     * skipped) and links the session to that dossier, so its minutes can be attached there. Returns how many were
     * added.
     */
    @PreAuthorize("hasRole('COUNCIL_MANAGE') and hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public int importNominees(long sessionId, long dossierId) {
        CouncilSession session = preparing(sessionId);
        if (session.getDossierId() != null && session.getDossierId() != dossierId) {
            throw new BusinessException("council.error.otherDossier", session.getDossierTitle());
        }
        DossierDetails dossier = nominations.details(dossierId);
        if (!dossier.summary().editable()) {
            throw new BusinessException(
                    "council.error.dossierLocked", dossier.summary().title());
        }
        List<CouncilCandidate> existing = candidates.findBySessionIdOrderBySeqAsc(sessionId);
        Set<Long> imported = new HashSet<>();
        existing.forEach(c -> {
            if (c.getNomineeId() != null) {
                imported.add(c.getNomineeId());
            }
        });
        int seq = existing.stream().mapToInt(CouncilCandidate::getSeq).max().orElse(0);
        int added = 0;
        for (NomineeSummary n : dossier.nominees()) {
            if (imported.contains(n.id())) {
                continue;
            }
            candidates.save(new CouncilCandidate(
                    sessionId, ++seq, n.subject(), n.fullName(), n.awardCode(), proposerOf(n), n.id()));
            added++;
        }
        candidates.flush();
        if (session.getDossierId() == null) {
            session.setDossier(dossierId, dossier.summary().title());
            saveOrConflict(() -> sessions.saveAndFlush(session));
        }
        audit(sessionId, "CANDIDATES_IMPORTED", "dossier/" + dossierId + ": " + added);
        return added;
    }

    /**
     * What the council sees beside a candidate who is one of the unit's people (imported from the dossier): the year's
     * recorded score and rating, and whether they qualify for the proposed title under the rules in force today, each
     * condition in words. Candidates proposed for an award form, collectives and people added by hand have none.
     */
    public record Standing(String score, Boolean eligible, List<String> explanations) {}

    @PreAuthorize("hasRole('COUNCIL_MANAGE') and hasRole('SUBMISSION_PREPARE') and hasRole('AWARD_VIEW')"
            + " and hasRole('USER_VIEW')")
    public Map<Long, Standing> standings(long sessionId, Locale locale) {
        SessionDetails d = details(sessionId);
        Long dossierId = d.summary().dossierId();
        if (dossierId == null || d.candidates().stream().allMatch(c -> c.nomineeId() == null)) {
            return Map.of();
        }
        Map<Long, Long> personOf = new HashMap<>();
        for (NomineeSummary n : nominations.details(dossierId).nominees()) {
            if (n.personUserId() != null) {
                personOf.put(n.id(), n.personUserId());
            }
        }
        var board = unitEligibility.board(d.summary().schoolYear(), null, vn.thidua.shared.Dates.today(), locale);
        Map<Long, UnitEligibilityService.PersonRow> people = new HashMap<>();
        board.people().forEach(p -> people.put(p.userId(), p));
        java.text.NumberFormat decimal = java.text.NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);
        Map<Long, Standing> result = new HashMap<>();
        for (CandidateSummary c : d.candidates()) {
            Long person = c.nomineeId() == null ? null : personOf.get(c.nomineeId());
            UnitEligibilityService.PersonRow row = person == null ? null : people.get(person);
            if (row == null) {
                continue;
            }
            String score = row.score() == null ? null : decimal.format(row.scoreOn100()) + "/100 (" + row.band() + ")";
            var judged = row.judged().stream()
                    .filter(j -> j.title().equals(c.awardCode()))
                    .findFirst();
            result.put(
                    c.id(),
                    new Standing(
                            score,
                            judged.map(UnitEligibilityService.Judged::eligible).orElse(null),
                            judged.map(UnitEligibilityService.Judged::explanations)
                                    .orElse(List.of())));
        }
        return result;
    }

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public long addCandidate(long sessionId, @Valid CandidateData data) {
        preparing(sessionId);
        AwardTypeSummary award = catalogue
                .find(data.awardCode())
                .orElseThrow(() -> new BusinessException("council.error.unknownAward", data.awardCode()));
        int seq = candidates.findBySessionIdOrderBySeqAsc(sessionId).stream()
                        .mapToInt(CouncilCandidate::getSeq)
                        .max()
                        .orElse(0)
                + 1;
        CouncilCandidate c = new CouncilCandidate(
                sessionId,
                seq,
                award.subject().name(),
                data.name().strip(),
                award.code(),
                Text.blankToNull(data.proposer()),
                null);
        candidates.saveAndFlush(c);
        audit(sessionId, "CANDIDATE_ADDED", c.getFullName() + ": " + c.getAwardCode());
        return c.getId();
    }

    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void removeCandidate(long candidateId) {
        CouncilCandidate c = candidates.findById(candidateId).orElseThrow(() -> new NotFoundException("candidate"));
        preparing(c.getSessionId());
        candidates.delete(c);
        audit(c.getSessionId(), "CANDIDATE_REMOVED", c.getFullName() + ": " + c.getAwardCode());
    }

    // ---------------------------------------------------------------- voting

    /**
     * Starts the vote: the quorum of the rule set in force on the session date must be present and there must be
     * candidates. Attendance and candidates are frozen from here on.
     */
    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void startVoting(long sessionId) {
        CouncilSession session = preparing(sessionId);
        if (candidates.findBySessionIdOrderBySeqAsc(sessionId).isEmpty()) {
            throw new BusinessException("council.error.noCandidates");
        }
        List<CouncilAttendee> called = attendees.findBySessionIdOrderByIdAsc(sessionId);
        int total = called.size();
        int present = (int) called.stream().filter(CouncilAttendee::isPresent).count();
        CouncilQuorum quorum = quorum(session.getSessionDate());
        if (!quorum.share().reached(present, total)) {
            throw new BusinessException(
                    "council.error.noQuorum",
                    present,
                    total,
                    quorum.share().toString(),
                    quorum.share().needed(total),
                    quorum.ruleSetName());
        }
        session.setStatus(SessionStatus.VOTING);
        saveOrConflict(() -> sessions.saveAndFlush(session));
        audit(sessionId, "VOTING_STARTED", "present: " + present + "/" + total + ", quorum " + quorum.share());
    }

    /**
     * The current user's secret ballot: one choice for every candidate. Refused — changing nothing — when the
     * session is not voting online, when the user was not called to it or is absent, or has voted already. Only the
     * tallies are incremented and the user's has-voted marker set, in this one transaction.
     */
    @PreAuthorize("hasRole('COUNCIL_VOTE')")
    @Transactional
    public void vote(long sessionId, Map<Long, Choice> choices) {
        CouncilSession session = session(sessionId);
        checkVoting(session);
        if (session.getMode() != BallotMode.ONLINE) {
            throw new BusinessException("council.error.paperMode");
        }
        CouncilAttendee me = attendees
                .findBySessionIdAndUserId(sessionId, CurrentUser.require().userId())
                .orElseThrow(() -> new BusinessException("council.error.notMember"));
        if (!me.isPresent()) {
            throw new BusinessException("council.error.absent");
        }
        if (me.hasVoted()) {
            throw new BusinessException("council.error.alreadyVoted");
        }
        List<CouncilCandidate> list = candidates.findBySessionIdOrderBySeqAsc(sessionId);
        Set<Long> ids = list.stream().map(CouncilCandidate::getId).collect(Collectors.toSet());
        if (choices == null
                || !choices.keySet().equals(ids)
                || choices.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessException("council.error.incompleteBallot");
        }
        // the session row first: it serialises ballots with closing, and refuses a ballot once closed
        if (sessions.countBallot(sessionId) != 1) {
            throw new BusinessException("council.error.closed");
        }
        if (attendees.markVoted(me.getId()) != 1) {
            throw new BusinessException("council.error.alreadyVoted");
        }
        for (CouncilCandidate c : list) {
            Choice choice = choices.get(c.getId());
            candidates.addToTally(
                    c.getId(),
                    choice == Choice.YES ? 1 : 0,
                    choice == Choice.NO ? 1 : 0,
                    choice == Choice.ABSTAIN ? 1 : 0);
        }
        // who voted is recorded (as on a paper register); what they chose never is
        audit(sessionId, "BALLOT_CAST", me.getFullName());
    }

    /** Tallies counted from paper ballots, entered by the secretary; each candidate's total ≤ those present. */
    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public void enterTallies(long sessionId, List<Tally> tallies) {
        CouncilSession session = session(sessionId);
        checkVoting(session);
        if (session.getMode() != BallotMode.PAPER) {
            throw new BusinessException("council.error.onlineMode");
        }
        int present = (int) attendees.findBySessionIdOrderByIdAsc(sessionId).stream()
                .filter(CouncilAttendee::isPresent)
                .count();
        Map<Long, CouncilCandidate> byId = candidates.findBySessionIdOrderBySeqAsc(sessionId).stream()
                .collect(Collectors.toMap(CouncilCandidate::getId, c -> c));
        List<String> changes = new ArrayList<>();
        for (Tally t : tallies) {
            CouncilCandidate c = byId.get(t.candidateId());
            if (c == null) {
                throw new NotFoundException("candidate");
            }
            if (t.yes() < 0 || t.no() < 0 || t.other() < 0) {
                throw new BusinessException("council.error.negativeTally", c.getFullName());
            }
            int sum = t.yes() + t.no() + t.other();
            if (sum > present) {
                throw new BusinessException("council.error.tallyOverPresent", c.getFullName(), sum, present);
            }
            if (c.getYes() != t.yes() || c.getNo() != t.no() || c.getOther() != t.other()) {
                changes.add(c.getFullName() + ": " + c.getYes() + "/" + c.getNo() + "/" + c.getOther() + " → " + t.yes()
                        + "/" + t.no() + "/" + t.other());
                c.setTally(t.yes(), t.no(), t.other());
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        saveOrConflict(() -> candidates.saveAllAndFlush(byId.values()));
        audit(sessionId, "TALLIES_ENTERED", String.join("; ", changes));
    }

    /**
     * Closes the vote: every candidate is judged by its title's ballot rule in force on the session date (counted
     * against all members or those present), the quorum rule and results are frozen, and the minutes are attached to
     * the linked nomination dossier when it can still be edited.
     */
    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    @Transactional
    public SessionDetails close(long sessionId) {
        checkVoting(session(sessionId));
        if (sessions.markClosed(sessionId) != 1) {
            throw new BusinessException("council.error.closed");
        }
        CouncilSession session = session(sessionId);
        List<CouncilAttendee> called = attendees.findBySessionIdOrderByIdAsc(sessionId);
        int total = called.size();
        int present = (int) called.stream().filter(CouncilAttendee::isPresent).count();
        OrgUnitSummary unit = unit();
        CouncilQuorum quorum = quorum(session.getSessionDate());
        session.freezeQuorum(quorum.share().toString(), quorum.ruleSetName(), quorum.legalBasis());
        session.setClosedAt(Instant.now());
        // the minutes take the next number of the council's series in the unit's register (e.g. 05/BB-HĐTĐKT)
        session.setMinutesNumber(
                numbering.take(NumberSeries.COUNCIL, session.getSessionDate().getYear()));
        List<String> results = new ArrayList<>();
        List<CouncilCandidate> list = candidates.findBySessionIdOrderBySeqAsc(sessionId);
        for (CouncilCandidate c : list) {
            CouncilBallot ballot = eligibility.councilBallot(
                    c.getAwardCode(), session.getSessionDate(), unit.provinceCode(), unit.code(), VI);
            int basis = ballot.rule().basis() == VoteBasis.ALL_MEMBERS ? total : present;
            boolean passed = ballot.passes(c.getYes(), total, present);
            c.freezeResult(
                    passed,
                    ballot.words(),
                    ballot.ruleSetName(),
                    ballot.rule().basis().name(),
                    ballot.rule().atLeast().needed(basis));
            results.add(c.getFullName() + " (" + c.getAwardCode() + "): " + c.getYes() + "/" + c.getNo() + "/"
                    + c.getOther() + " → " + (passed ? "PASSED" : "NOT PASSED"));
        }
        candidates.saveAllAndFlush(list);
        sessions.saveAndFlush(session);
        audit(sessionId, "CLOSED", "present " + present + "/" + total + "; " + String.join("; ", results));
        if (session.getDossierId() != null
                && CurrentUser.require().can(Permission.SUBMISSION_PREPARE)
                && nominations.details(session.getDossierId()).summary().editable()) {
            attach(session);
        }
        return details(session, locale());
    }

    /** Attaches (again) the minutes of a closed session to its nomination dossier, as its council minutes part. */
    @PreAuthorize("hasRole('COUNCIL_MANAGE') and hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void attachMinutes(long sessionId) {
        CouncilSession session = session(sessionId);
        if (session.getStatus() != SessionStatus.CLOSED) {
            throw new BusinessException("council.error.notClosed");
        }
        if (session.getDossierId() == null) {
            throw new BusinessException("council.error.noDossier");
        }
        attach(session);
    }

    /** The minutes (biên bản họp Hội đồng TĐKT) of a closed session, DOCX in the Decree 30 layout. */
    @PreAuthorize("hasRole('COUNCIL_MANAGE')")
    public byte[] minutesDocx(long sessionId) {
        CouncilSession session = session(sessionId);
        if (session.getStatus() != SessionStatus.CLOSED) {
            throw new BusinessException("council.error.notClosed");
        }
        return DocxRenderer.render(CouncilMinutes.document(details(session, VI), unit().name()));
    }

    public static String minutesFileName(long sessionId) {
        return "bien-ban-hop-hoi-dong-tdkt-" + sessionId + ".docx";
    }

    /** The sessions not yet closed to which the current user was called, with what they may vote on. */
    @PreAuthorize("hasRole('COUNCIL_VOTE')")
    public List<BallotPaper> myBallots() {
        long me = CurrentUser.require().userId();
        Locale locale = locale();
        List<BallotPaper> result = new ArrayList<>();
        for (CouncilSession s : sessions.findAllByOrderBySessionDateDescIdDesc()) {
            if (s.getStatus() == SessionStatus.CLOSED) {
                continue;
            }
            var mine = attendees.findBySessionIdAndUserId(s.getId(), me);
            if (mine.isEmpty()) {
                continue;
            }
            OrgUnitSummary unit = unit();
            List<BallotPaper.Line> lines = candidates.findBySessionIdOrderBySeqAsc(s.getId()).stream()
                    .map(c -> {
                        CouncilBallot b = eligibility.councilBallot(
                                c.getAwardCode(), s.getSessionDate(), unit.provinceCode(), unit.code(), locale);
                        return new BallotPaper.Line(
                                c.getId(), c.getSeq(), c.getFullName(), b.titleName(), c.getProposer(), b.words());
                    })
                    .toList();
            result.add(new BallotPaper(
                    s.getId(),
                    s.getSessionDate(),
                    s.getPlace(),
                    s.getAgenda(),
                    s.getStatus(),
                    s.getMode(),
                    mine.get().isPresent(),
                    mine.get().hasVoted(),
                    lines));
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private void attach(CouncilSession session) {
        byte[] docx = DocxRenderer.render(CouncilMinutes.document(details(session, VI), unit().name()));
        nominations.attachMinutes(session.getDossierId(), minutesFileName(session.getId()), docx);
        session.setMinutesAttachedAt(Instant.now());
        saveOrConflict(() -> sessions.saveAndFlush(session));
        audit(session.getId(), "MINUTES_ATTACHED", "dossier/" + session.getDossierId());
    }

    private SessionDetails details(CouncilSession session, Locale locale) {
        List<CouncilAttendee> called = attendees.findBySessionIdOrderByIdAsc(session.getId());
        int total = called.size();
        int present = (int) called.stream().filter(CouncilAttendee::isPresent).count();
        boolean closed = session.getStatus() == SessionStatus.CLOSED;
        String share;
        String ruleSetName;
        String legalBasis;
        int needed;
        boolean reached;
        if (closed) {
            share = session.getQuorumShare();
            ruleSetName = session.getRuleSetName();
            legalBasis = session.getLegalBasis();
            var frozen = vn.thidua.eligibility.Share.parse(share);
            needed = frozen.needed(total);
            reached = frozen.reached(present, total);
        } else {
            CouncilQuorum q = quorum(session.getSessionDate());
            share = q.share().toString();
            ruleSetName = q.ruleSetName();
            legalBasis = q.legalBasis();
            needed = q.share().needed(total);
            reached = q.share().reached(present, total);
        }
        OrgUnitSummary unit = unit();
        List<CandidateSummary> list = new ArrayList<>();
        for (CouncilCandidate c : candidates.findBySessionIdOrderBySeqAsc(session.getId())) {
            String awardName = eligibility.titleName(c.getAwardCode(), locale);
            if (closed) {
                int basis = VoteBasis.ALL_MEMBERS.name().equals(c.getRuleBasis()) ? total : present;
                list.add(candidate(
                        c, awardName, c.getRuleWords(), c.getRuleSetName(), basis, c.getNeeded(), c.getPassed()));
            } else {
                CouncilBallot b = eligibility.councilBallot(
                        c.getAwardCode(), session.getSessionDate(), unit.provinceCode(), unit.code(), locale);
                int basis = b.rule().basis() == VoteBasis.ALL_MEMBERS ? total : present;
                list.add(candidate(
                        c,
                        awardName,
                        b.words(),
                        b.ruleSetName(),
                        basis,
                        b.rule().atLeast().needed(basis),
                        null));
            }
        }
        return new SessionDetails(
                summary(session, called),
                nameOf(called, CouncilRole.CHAIR),
                nameOf(called, CouncilRole.SECRETARY),
                called.stream()
                        .map(a -> new AttendeeSummary(
                                a.getId(),
                                a.getUserId(),
                                a.getFullName(),
                                a.getPosition(),
                                a.getRole(),
                                a.isPresent(),
                                a.hasVoted()))
                        .toList(),
                share,
                needed,
                reached,
                ruleSetName,
                legalBasis,
                list);
    }

    private static CandidateSummary candidate(
            CouncilCandidate c,
            String awardName,
            String words,
            String ruleSetName,
            int basis,
            Integer needed,
            Boolean passed) {
        return new CandidateSummary(
                c.getId(),
                c.getSeq(),
                c.getSubject(),
                c.getFullName(),
                c.getAwardCode(),
                awardName,
                c.getProposer(),
                c.getNomineeId(),
                words,
                ruleSetName,
                basis,
                needed == null ? 0 : needed,
                c.getYes(),
                c.getNo(),
                c.getOther(),
                passed);
    }

    private static String nameOf(List<CouncilAttendee> called, CouncilRole role) {
        return called.stream()
                .filter(a -> a.getRole() == role)
                .map(CouncilAttendee::getFullName)
                .findFirst()
                .orElse("");
    }

    private static SessionSummary summary(CouncilSession s, List<CouncilAttendee> called) {
        return new SessionSummary(
                s.getId(),
                s.getSessionDate(),
                s.getStartTime(),
                s.getPlace(),
                s.getLocality(),
                s.getSchoolYear(),
                s.getAgenda(),
                s.getStatus(),
                s.getMode(),
                s.getDossierId(),
                s.getDossierTitle(),
                called.size(),
                (int) called.stream().filter(CouncilAttendee::isPresent).count(),
                s.getBallotsCast(),
                s.getMinutesAttachedAt() != null,
                s.getMinutesNumber(),
                s.getVersion());
    }

    private static String proposerOf(NomineeSummary n) {
        if (n.position() != null && !n.position().isBlank()) {
            return n.position();
        }
        return n.workUnit();
    }

    private static boolean mayVote(MemberSummary m) {
        return !m.locked() && m.enabled() && Role.permissionsOf(m.roles()).contains(Permission.COUNCIL_VOTE);
    }

    private void checkSingle(CouncilRole role, Long exceptId) {
        if (role != CouncilRole.CHAIR && role != CouncilRole.SECRETARY) {
            return;
        }
        boolean taken = members.findAllByOrderByIdAsc().stream()
                .anyMatch(m -> m.getRole() == role && !m.getId().equals(exceptId));
        if (taken) {
            throw new BusinessException("council.error.roleTaken." + role.name());
        }
    }

    private CouncilSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("council session"));
    }

    private CouncilSession preparing(long sessionId) {
        CouncilSession session = session(sessionId);
        if (session.getStatus() == SessionStatus.CLOSED) {
            throw new BusinessException("council.error.closed");
        }
        if (session.getStatus() == SessionStatus.VOTING) {
            throw new BusinessException("council.error.votingStarted");
        }
        return session;
    }

    private static void checkVoting(CouncilSession session) {
        if (session.getStatus() == SessionStatus.CLOSED) {
            throw new BusinessException("council.error.closed");
        }
        if (session.getStatus() == SessionStatus.PREPARING) {
            throw new BusinessException("council.error.notVoting");
        }
    }

    private CouncilQuorum quorum(LocalDate date) {
        OrgUnitSummary unit = unit();
        return eligibility.councilQuorum(date, unit.provinceCode(), unit.code());
    }

    private long unitId() {
        return CurrentUser.require().activeUnitId();
    }

    private OrgUnitSummary unit() {
        return orgUnits.get(unitId());
    }

    private static Locale locale() {
        return CurrentUser.get()
                .map(p -> Locale.forLanguageTag(p.locale() == null ? "vi" : p.locale()))
                .orElse(VI);
    }

    private static void saveOrConflict(Runnable save) {
        try {
            save.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
    }

    private void audit(long sessionId, String action, String changes) {
        audit("COUNCIL_SESSION", "council-session/" + sessionId, action, changes);
    }

    private void audit(String type, String entityId, String action, String changes) {
        events.publishEvent(new AuditEvent(unitId(), type, entityId, action, changes));
    }
}
