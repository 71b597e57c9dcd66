package vn.thidua.exemplar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.exemplar.domain.ExemplarHonour;
import vn.thidua.exemplar.domain.ExemplarHonourRepository;
import vn.thidua.exemplar.domain.ExemplarProposal;
import vn.thidua.exemplar.domain.ExemplarProposalRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.DocumentRef;
import vn.thidua.submission.FileContent;
import vn.thidua.submission.FileService;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SendRequest;
import vn.thidua.submission.StoredFileSummary;
import vn.thidua.submission.SubmissionDetails;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionSent;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantScope;
import vn.thidua.tenancy.UnitProfileDetails;
import vn.thidua.tenancy.UnitProfileService;

/**
 * The advanced-models conference (Hội nghị điển hình tiên tiến). An upper unit opens a collection round of kind
 * {@link RoundKind#EXEMPLAR_CONFERENCE}; a member unit proposes some of its exemplars with a tờ trình, sent up
 * through {@link SubmissionService} (one item per exemplar, with its story and achievements from the timeline); the
 * sending marks each exemplar "đã đề xuất" in the same transaction; the tờ trình goes with it as an official DOCX
 * ({@link ConferenceStatement}), which the proposer can read before sending and both sides download afterwards. The
 * upper unit reviews the proposals (the existing accept flow, or returns one with a reason) and honours some: its own honour row and the proposer's mark are written in one
 * transaction ({@link TenantScope#writeBelow}), audited on both sides.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceService {

    /** The one "code" a conference round collects (rounds require at least one). */
    public static final String CODE = "DHTT";

    /** The kind of the tờ trình document sent with a proposal. */
    public static final String KIND_STATEMENT = "TO_TRINH";

    static final int MAX_HONOUR = 500;
    static final int MAX_STATEMENT = 4000;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ExemplarService exemplars;
    private final ExemplarProposalRepository proposals;
    private final ExemplarHonourRepository honours;
    private final RoundService rounds;
    private final SubmissionService submissions;
    private final FileService files;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;

    ConferenceService(
            ExemplarService exemplars,
            ExemplarProposalRepository proposals,
            ExemplarHonourRepository honours,
            RoundService rounds,
            SubmissionService submissions,
            FileService files,
            OrgUnitService orgUnits,
            UnitProfileService profiles,
            TenantScope scope,
            ApplicationEventPublisher events) {
        this.exemplars = exemplars;
        this.proposals = proposals;
        this.honours = honours;
        this.rounds = rounds;
        this.submissions = submissions;
        this.files = files;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
        this.scope = scope;
        this.events = events;
    }

    // ---------------------------------------------------------------- the upper unit

    /** Opens the active unit's conference round, e.g. "Hội nghị điển hình tiên tiến giai đoạn 2026–2030". */
    @PreAuthorize("hasRole('ROUND_MANAGE')")
    @Transactional
    public RoundSummary openRound(String name, int startYear, int endYear, LocalDate deadline, String description) {
        if (endYear < startYear || endYear - startYear > ExemplarService.MAX_PHASE_YEARS) {
            throw new BusinessException("conference.error.period");
        }
        return rounds.open(
                RoundKind.EXEMPLAR_CONFERENCE,
                new RoundData(name, startYear + "-" + endYear, deadline, Set.of(CODE), description, 0));
    }

    /** Conference rounds the active unit opened. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<RoundSummary> myRounds() {
        return rounds.visible().stream()
                .filter(r -> r.kind() == RoundKind.EXEMPLAR_CONFERENCE && r.ownedByActiveUnit())
                .toList();
    }

    /**
     * The latest proposal of every member unit in the active unit's conference round, one row per exemplar, with
     * the honour where given.
     */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<ConferenceProposal> proposals(long roundId) {
        ownRound(roundId);
        Map<Long, SubmissionSummary> latest = new LinkedHashMap<>();
        for (SubmissionSummary s : submissions.inbox(roundId)) {
            latest.merge(s.senderUnitId(), s, (a, b) -> a.versionNo() >= b.versionNo() ? a : b);
        }
        Map<String, ExemplarHonour> given = new HashMap<>();
        honours.findByRoundId(roundId).forEach(h -> given.put(h.getSenderUnitId() + "/" + h.getExemplarId(), h));
        List<ConferenceProposal> rows = new ArrayList<>();
        for (SubmissionSummary s : latest.values()) {
            SubmissionDetails d = submissions.details(s.id());
            for (SubmissionItem item : d.items()) {
                long exemplarId = item.originRef() == null ? -1 : item.originRef();
                ExemplarHonour h = given.get(s.senderUnitId() + "/" + exemplarId);
                rows.add(new ConferenceProposal(
                        s.id(),
                        s.version(),
                        s.status(),
                        s.senderUnitId(),
                        s.senderName(),
                        exemplarId,
                        item.label(),
                        item.get("position"),
                        item.get("field"),
                        item.get("story"),
                        item.get("achievements"),
                        item.get("statement"),
                        h == null ? null : h.getText(),
                        h == null ? null : h.getDate(),
                        s.returnReason()));
            }
        }
        return rows;
    }

    /**
     * Honours an exemplar proposed to the active unit's conference round: the honour row here and the proposer's
     * mark on the exemplar, in one transaction, audited on both sides. A returned proposal cannot be honoured.
     */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public void honour(long roundId, long inboxSubmissionId, long exemplarId, String text, LocalDate date) {
        RoundSummary round = ownRound(roundId);
        String honourText = text == null ? "" : text.strip();
        if (honourText.isEmpty() || honourText.length() > MAX_HONOUR) {
            throw new BusinessException("conference.error.honourText", MAX_HONOUR);
        }
        if (date == null) {
            throw new BusinessException("conference.error.honourDate");
        }
        SubmissionDetails d = submissions.details(inboxSubmissionId);
        SubmissionSummary s = d.summary();
        if (!s.inbox() || s.roundId() != round.id()) {
            throw new NotFoundException("proposal");
        }
        if (s.status() == SubmissionStatus.RETURNED) {
            throw new BusinessException("conference.error.returned");
        }
        SubmissionItem item = d.items().stream()
                .filter(i -> i.originRef() != null && i.originRef() == exemplarId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("proposed exemplar"));
        if (honours.findByRoundIdAndSenderUnitIdAndExemplarId(roundId, s.senderUnitId(), exemplarId)
                .isPresent()) {
            throw new BusinessException("conference.error.alreadyHonoured");
        }
        PortalPrincipal me = CurrentUser.require();
        ExemplarHonour honour = new ExemplarHonour(
                roundId, s.id(), s.senderUnitId(), exemplarId, item.label(), honourText, date, me.displayName());
        honours.saveAndFlush(honour);
        scope.writeBelow(s.senderUnitId(), session -> {
            ExemplarProposal mark = session.createSelectionQuery(
                            "from ExemplarProposal where roundId = :round and exemplarId = :exemplar",
                            ExemplarProposal.class)
                    .setParameter("round", roundId)
                    .setParameter("exemplar", exemplarId)
                    .getSingleResult();
            mark.honour(honourText, date);
            session.update(mark);
            return mark.getId();
        });
        String changes = Changes.of()
                .set("round", round.name())
                .set("exemplar", item.label())
                .set("honour", honourText)
                .set("date", Dates.format(date))
                .toString();
        events.publishEvent(new AuditEvent(
                me.activeUnitId(), "EXEMPLAR_HONOUR", String.valueOf(honour.getId()), "HONOURED", changes));
        events.publishEvent(
                new AuditEvent(s.senderUnitId(), "EXEMPLAR", String.valueOf(exemplarId), "HONOURED", changes));
    }

    /**
     * Returns a waiting proposal received in the active unit's conference round to its sender with a reason (the
     * submission's return flow: both copies RETURNED, audited on both sides). A proposal with an exemplar already
     * honoured stays.
     */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public SubmissionSummary returnProposal(long roundId, long inboxSubmissionId, long version, String reason) {
        RoundSummary round = ownRound(roundId);
        SubmissionSummary s = submissions.details(inboxSubmissionId).summary();
        if (!s.inbox() || s.roundId() != round.id()) {
            throw new NotFoundException("proposal");
        }
        if (honours.findByRoundId(roundId).stream().anyMatch(h -> h.getInboxSubmissionId() == s.id())) {
            throw new BusinessException("conference.error.honouredReturn");
        }
        return submissions.returnToSender(s.id(), version, reason);
    }

    /**
     * The tờ trình of a proposal the active unit sent or received (either copy): the DOCX sent with it, or — for a
     * proposal sent without one — generated from the submission's content.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public FileContent statementFile(long submissionId) {
        SubmissionDetails d = submissions.details(submissionId);
        SubmissionSummary s = d.summary();
        if (s.kind() != RoundKind.EXEMPLAR_CONFERENCE) {
            throw new NotFoundException("proposal");
        }
        Optional<DocumentRef> sent = d.documents().stream()
                .filter(doc -> KIND_STATEMENT.equals(doc.kind()))
                .findFirst();
        if (sent.isPresent()) {
            return files.open(sent.get().fileId(), sent.get().ownerUnitId());
        }
        OrgUnitSummary sender = orgUnits.get(s.senderUnitId());
        UnitProfileDetails profile = profiles.get(s.senderUnitId());
        String statement = d.items().isEmpty() ? "" : d.items().getFirst().get("statement");
        byte[] bytes = ConferenceStatement.docx(
                sender,
                profile,
                s.receiverName(),
                s.receiverName(),
                s.title(),
                statement,
                d.items(),
                Dates.dateOf(s.sentAt()));
        return new FileContent(0, ConferenceStatement.fileName(profile), DOCX, bytes);
    }

    // ---------------------------------------------------------------- the proposing unit

    /** Conference rounds of the units above the active unit. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<RoundSummary> roundsAbove() {
        return rounds.visible().stream()
                .filter(r -> r.kind() == RoundKind.EXEMPLAR_CONFERENCE && !r.ownedByActiveUnit())
                .toList();
    }

    /**
     * Proposes exemplars of the active unit's registry to an upper unit's conference round with a tờ trình: one
     * item per exemplar with its story (the latest review, else the latest entry) and achievements (the awards on
     * its reviews), and the tờ trình as a DOCX document ({@link #KIND_STATEMENT}) the receiver can download.
     * Idempotent by {@code idempotencyKey}; the exemplars are marked "đã đề xuất" in the sending transaction.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('SUBMISSION_SEND') and hasRole('SUBMISSION_PREPARE')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public SubmissionSummary propose(long roundId, List<Long> exemplarIds, String statement, String idempotencyKey) {
        Optional<SubmissionSummary> latest = submissions.latest(RoundKind.EXEMPLAR_CONFERENCE, roundId);
        if (latest.isPresent() && latest.get().idempotencyKey().equals(idempotencyKey)) {
            return latest.get(); // a retry of the send that already happened
        }
        Prepared p = prepare(roundId, exemplarIds, statement);
        // what sending would refuse anyway, checked before the tờ trình is stored
        if (p.round().closed()) {
            throw new BusinessException("submission.round.error.closed");
        }
        if (latest.isPresent() && latest.get().status() == SubmissionStatus.SENT) {
            throw new BusinessException("submission.error.waiting");
        }
        if (latest.isPresent() && latest.get().status() == SubmissionStatus.ACCEPTED) {
            throw new BusinessException("submission.error.locked");
        }
        UnitProfileDetails profile = profiles.get(CurrentUser.require().activeUnitId());
        StoredFileSummary file = files.store(ConferenceStatement.fileName(profile), render(p, profile));
        DocumentRef doc = new DocumentRef(
                KIND_STATEMENT, null, file.id(), file.ownerUnitId(), file.fileName(), file.contentType(), file.size());
        return submissions.send(new SendRequest(
                RoundKind.EXEMPLAR_CONFERENCE,
                roundId,
                roundId,
                idempotencyKey,
                p.round().name(),
                p.items(),
                List.of(doc)));
    }

    /**
     * The tờ trình {@link #propose} would send, as a DOCX, for the proposer to read before sending; the same checks
     * as sending.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('SUBMISSION_SEND')")
    public byte[] statementDocx(long roundId, List<Long> exemplarIds, String statement) {
        return render(
                prepare(roundId, exemplarIds, statement),
                profiles.get(CurrentUser.require().activeUnitId()));
    }

    /** The versions the active unit sent to a conference round above it, newest first, with the names proposed. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('SUBMISSION_SEND')")
    public List<SentProposal> sent(long roundId) {
        RoundSummary round = rounds.get(roundId);
        if (round.kind() != RoundKind.EXEMPLAR_CONFERENCE) {
            throw new NotFoundException("conference round");
        }
        return submissions.history(RoundKind.EXEMPLAR_CONFERENCE, roundId).stream()
                .map(s -> new SentProposal(
                        s,
                        submissions.details(s.id()).items().stream()
                                .map(SubmissionItem::label)
                                .toList()))
                .toList();
    }

    private record Prepared(RoundSummary round, String statement, List<SubmissionItem> items) {}

    private Prepared prepare(long roundId, List<Long> exemplarIds, String statement) {
        RoundSummary round = rounds.get(roundId);
        if (round.kind() != RoundKind.EXEMPLAR_CONFERENCE) {
            throw new NotFoundException("conference round");
        }
        if (exemplarIds == null || exemplarIds.isEmpty()) {
            throw new BusinessException("conference.error.none");
        }
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty() || text.length() > MAX_STATEMENT) {
            throw new BusinessException("conference.error.statement", MAX_STATEMENT);
        }
        List<SubmissionItem> items = new ArrayList<>();
        int seq = 0;
        for (long id : new java.util.LinkedHashSet<>(exemplarIds)) {
            ExemplarDetails x = exemplars.details(id);
            items.add(item(++seq, x, text));
        }
        return new Prepared(round, text, items);
    }

    private byte[] render(Prepared p, UnitProfileDetails profile) {
        long unitId = CurrentUser.require().activeUnitId();
        String parent = orgUnits.reportsTo(unitId, Dates.today())
                .map(OrgUnitSummary::name)
                .orElse(null);
        return ConferenceStatement.docx(
                orgUnits.get(unitId),
                profile,
                parent,
                p.round().ownerName(),
                p.round().name(),
                p.statement(),
                p.items(),
                Dates.today());
    }

    /**
     * The conference marks of one of the active unit's exemplars, oldest first; a mark not honoured whose round's
     * latest proposal (with this exemplar in it) was returned carries the reason.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<ProposalMark> marks(long exemplarId) {
        exemplars.find(exemplarId);
        Map<Long, Optional<SubmissionDetails>> latest = new HashMap<>();
        return proposals.findByExemplarIdOrderByProposedOnAscIdAsc(exemplarId).stream()
                .map(p -> new ProposalMark(
                        p.getRoundId(),
                        p.getRoundName(),
                        p.getReceiverName(),
                        p.getProposedOn(),
                        p.getHonourText(),
                        p.getHonourDate(),
                        p.getHonourText() != null
                                ? null
                                : latest.computeIfAbsent(p.getRoundId(), r -> submissions
                                                .latest(RoundKind.EXEMPLAR_CONFERENCE, r)
                                                .map(s -> submissions.details(s.id())))
                                        .filter(d -> d.summary().status() == SubmissionStatus.RETURNED)
                                        .filter(d -> d.items().stream()
                                                .anyMatch(i -> i.originRef() != null && i.originRef() == exemplarId))
                                        .map(d -> d.summary().returnReason())
                                        .orElse(null)))
                .toList();
    }

    /** Marks the proposed exemplars "đã đề xuất", in the sending transaction under the sender's tenant. */
    @EventListener
    @Transactional
    void on(SubmissionSent e) {
        if (e.kind() != RoundKind.EXEMPLAR_CONFERENCE) {
            return;
        }
        SubmissionSummary sent = submissions
                .latest(RoundKind.EXEMPLAR_CONFERENCE, e.sourceId())
                .orElseThrow(() -> new NotFoundException("submission"));
        RoundSummary round = rounds.get(e.roundId());
        for (SubmissionItem item : submissions.details(sent.id()).items()) {
            if (item.originRef() == null
                    || proposals
                            .findByRoundIdAndExemplarId(e.roundId(), item.originRef())
                            .isPresent()) {
                continue;
            }
            proposals.save(new ExemplarProposal(
                    item.originRef(), e.roundId(), round.name(), round.ownerName(), Dates.today()));
            events.publishEvent(new AuditEvent(
                    e.senderUnitId(),
                    "EXEMPLAR",
                    String.valueOf(item.originRef()),
                    "PROPOSED",
                    Changes.of()
                            .set("round", round.name())
                            .set("to", round.ownerName())
                            .toString()));
        }
    }

    private static SubmissionItem item(int seq, ExemplarDetails x, String statement) {
        ExemplarSummary s = x.summary();
        List<TimelineItem> timeline = x.timeline();
        TimelineItem story = timeline.stream()
                .filter(t -> t.stage() == ExemplarStage.TONG_KET)
                .reduce((a, b) -> b)
                .orElseGet(() -> timeline.isEmpty() ? null : timeline.getLast());
        String achievements = String.join(
                "; ",
                timeline.stream().flatMap(t -> t.awards().stream()).distinct().toList());
        Map<String, String> data = new HashMap<>();
        if (s.position() != null) {
            data.put("position", s.position());
        }
        data.put("field", s.field().name());
        if (story != null) {
            data.put("story", story.text());
        }
        if (!achievements.isEmpty()) {
            data.put("achievements", achievements);
        }
        data.put("statement", statement);
        return new SubmissionItem(
                seq,
                CODE,
                s.collective() ? "COLLECTIVE" : "INDIVIDUAL",
                s.name(),
                null,
                null,
                null,
                null,
                s.id(),
                data);
    }

    private RoundSummary ownRound(long roundId) {
        RoundSummary round = rounds.get(roundId);
        if (round.kind() != RoundKind.EXEMPLAR_CONFERENCE) {
            throw new NotFoundException("conference round");
        }
        if (!round.ownedByActiveUnit()) {
            throw new AccessDeniedException("Only the unit that opened the conference round honours in it");
        }
        return round;
    }
}
