package vn.thidua.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.domain.Round;
import vn.thidua.submission.domain.RoundRepository;
import vn.thidua.submission.domain.StoredFileRepository;
import vn.thidua.submission.domain.Submission;
import vn.thidua.submission.domain.Submission.Side;
import vn.thidua.submission.domain.SubmissionFile;
import vn.thidua.submission.domain.SubmissionFileRepository;
import vn.thidua.submission.domain.SubmissionRepository;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantScope;

/**
 * The send-up mechanism. {@link #send} writes the sender's copy and the receiver's copy in one transaction
 * (idempotent by key); the receiver {@link #accept accepts} or {@link #returnToSender returns} a version, which
 * updates both copies in one transaction. Every transition is audited on both sides and published as an event.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService {

    private static final int MIN_REASON = 5;

    private final SubmissionRepository submissions;
    private final SubmissionFileRepository submissionFiles;
    private final StoredFileRepository files;
    private final RoundService rounds;
    private final RoundRepository roundRepository;
    private final OrgUnitService orgUnits;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate newTransaction;

    SubmissionService(
            SubmissionRepository submissions,
            SubmissionFileRepository submissionFiles,
            StoredFileRepository files,
            RoundService rounds,
            RoundRepository roundRepository,
            OrgUnitService orgUnits,
            TenantScope scope,
            ApplicationEventPublisher events,
            JsonMapper json,
            PlatformTransactionManager transactionManager) {
        this.submissions = submissions;
        this.submissionFiles = submissionFiles;
        this.files = files;
        this.rounds = rounds;
        this.roundRepository = roundRepository;
        this.orgUnits = orgUnits;
        this.scope = scope;
        this.events = events;
        this.json = json;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends a snapshot to the unit the active unit reports to today. Idempotent: the same key returns the
     * submission already made, also when two identical requests race (the unique key decides).
     */
    @PreAuthorize("hasRole('SUBMISSION_SEND')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public SubmissionSummary send(SendRequest request) {
        String key = request.idempotencyKey();
        if (key == null || key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("An idempotency key of at most 64 characters is required");
        }
        try {
            return newTransaction.execute(status -> doSend(request));
        } catch (DataIntegrityViolationException e) {
            return newTransaction.execute(status -> submissions
                    .findByIdempotencyKey(key)
                    .map(this::toSummary)
                    .orElseThrow(() -> new BusinessException("submission.error.alreadySent")));
        }
    }

    private SubmissionSummary doSend(SendRequest request) {
        Optional<Submission> existing = submissions.findByIdempotencyKey(request.idempotencyKey());
        if (existing.isPresent()) {
            return toSummary(existing.get());
        }
        PortalPrincipal me = CurrentUser.require();
        Round round = visibleRound(request.roundId(), me);
        if (round.isClosed()) {
            throw new BusinessException("submission.round.error.closed");
        }
        if (round.getOwnerUnitId() == me.activeUnitId()) {
            throw new BusinessException("submission.error.ownRound");
        }
        if (request.items().isEmpty()) {
            throw new BusinessException("submission.error.empty");
        }
        OrgUnitSummary receiver = orgUnits.reportsTo(me.activeUnitId(), Dates.today())
                .orElseThrow(() -> new BusinessException("submission.error.noReceiver"));
        if (round.getKind() != request.kind()) {
            throw new BusinessException("submission.round.error.kind");
        }
        List<Submission> previous = submissions.findBySource(Side.OUTBOX, request.kind(), request.sourceId());
        if (!previous.isEmpty()) {
            SubmissionStatus last = previous.getFirst().getStatus();
            if (last == SubmissionStatus.SENT) {
                throw new BusinessException("submission.error.waiting");
            }
            if (last == SubmissionStatus.ACCEPTED) {
                throw new BusinessException("submission.error.locked");
            }
        }
        for (DocumentRef doc : request.documents()) {
            checkReadable(doc, me.activeUnitId());
        }
        Map<String, Integer> counts = new TreeMap<>();
        request.items().forEach(i -> counts.merge(i.category(), 1, Integer::sum));
        Submission out = new Submission(
                Side.OUTBOX,
                request.idempotencyKey(),
                request.kind(),
                round.getId(),
                request.sourceId(),
                me.activeUnitId(),
                receiver.id(),
                previous.isEmpty() ? 1 : previous.getFirst().getVersionNo() + 1,
                request.title(),
                Instant.now(),
                me.displayName(),
                round.getDeadline(),
                request.items().size(),
                formatCounts(counts),
                json.writeValueAsString(new Payload(request.items(), request.documents())));
        submissions.saveAndFlush(out);
        for (DocumentRef doc : request.documents()) {
            submissionFiles.save(new SubmissionFile(out.getId(), doc.fileId(), doc.ownerUnitId()));
        }
        long inboxId = scope.deliverUp(receiver.id(), Dates.today(), session -> {
            Submission in = Submission.inboxCopyOf(out);
            session.insert(in);
            for (DocumentRef doc : request.documents()) {
                session.insert(new SubmissionFile(in.getId(), doc.fileId(), doc.ownerUnitId()));
            }
            return in.getId();
        });
        String changes = "title: %s; version: %d; items: %d; to: %s"
                .formatted(out.getTitle(), out.getVersionNo(), out.getItemCount(), receiver.name());
        events.publishEvent(new AuditEvent(me.activeUnitId(), "SUBMISSION", out.getIdempotencyKey(), "SENT", changes));
        events.publishEvent(new AuditEvent(receiver.id(), "SUBMISSION", out.getIdempotencyKey(), "RECEIVED", changes));
        events.publishEvent(new SubmissionSent(
                inboxId,
                out.getKind(),
                out.getRoundId(),
                out.getSenderUnitId(),
                out.getReceiverUnitId(),
                out.getTitle(),
                out.getVersionNo(),
                out.getSourceId()));
        return toSummary(out);
    }

    /** A document may be sent when the active unit owns it or received it in its inbox. */
    private void checkReadable(DocumentRef doc, long activeUnitId) {
        boolean readable = doc.ownerUnitId() == activeUnitId
                ? files.existsById(doc.fileId())
                : submissionFiles.findReference(doc.fileId(), doc.ownerUnitId()).isPresent();
        if (!readable) {
            throw new AccessDeniedException("File " + doc.fileId() + " is not readable by the sender");
        }
    }

    /** Accepts a waiting version (đã tiếp nhận): both copies become ACCEPTED and locked. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public SubmissionSummary accept(long inboxId, long version) {
        return decide(inboxId, version, SubmissionStatus.ACCEPTED, null);
    }

    /** Accepts every waiting version among {@code inboxIds}, all or nothing. Returns how many were accepted. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public int acceptAll(Collection<Long> inboxIds) {
        int accepted = 0;
        for (long id : inboxIds) {
            Submission in = inboxCopy(id);
            if (in.getStatus() == SubmissionStatus.SENT) {
                decide(id, in.getVersion(), SubmissionStatus.ACCEPTED, null);
                accepted++;
            }
        }
        return accepted;
    }

    /** Returns a waiting version to its sender (trả lại) with a mandatory reason. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    @Transactional
    public SubmissionSummary returnToSender(long inboxId, long version, String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.length() < MIN_REASON) {
            throw new BusinessException("submission.error.reasonRequired", MIN_REASON);
        }
        if (trimmed.length() > 2000) {
            throw new BusinessException("submission.error.reasonTooLong");
        }
        return decide(inboxId, version, SubmissionStatus.RETURNED, trimmed);
    }

    private SubmissionSummary decide(long inboxId, long version, SubmissionStatus to, String reason) {
        PortalPrincipal me = CurrentUser.require();
        Submission in = inboxCopy(inboxId);
        if (in.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        if (in.getStatus() != SubmissionStatus.SENT) {
            throw new BusinessException("submission.error.notWaiting");
        }
        Instant now = Instant.now();
        in.decide(to, now, me.displayName(), reason);
        try {
            submissions.saveAndFlush(in);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("common.error.concurrent");
        }
        long outboxId = scope.writeBelow(in.getSenderUnitId(), session -> {
            Submission out = session.createSelectionQuery(
                            "from Submission where idempotencyKey = :key and side = :side", Submission.class)
                    .setParameter("key", in.getIdempotencyKey())
                    .setParameter("side", Side.OUTBOX)
                    .getSingleResult();
            out.decide(to, now, me.displayName(), reason);
            session.update(out);
            return out.getId();
        });
        String action = to == SubmissionStatus.ACCEPTED ? "ACCEPTED" : "RETURNED";
        String changes = "status: SENT → %s; version: %d%s"
                .formatted(to, in.getVersionNo(), reason == null ? "" : "; reason: " + reason);
        events.publishEvent(new AuditEvent(me.activeUnitId(), "SUBMISSION", in.getIdempotencyKey(), action, changes));
        events.publishEvent(
                new AuditEvent(in.getSenderUnitId(), "SUBMISSION", in.getIdempotencyKey(), action, changes));
        if (to == SubmissionStatus.ACCEPTED) {
            events.publishEvent(new SubmissionAccepted(
                    outboxId,
                    in.getKind(),
                    in.getRoundId(),
                    in.getSenderUnitId(),
                    in.getReceiverUnitId(),
                    in.getTitle(),
                    in.getVersionNo(),
                    in.getSourceId()));
        } else {
            events.publishEvent(new SubmissionReturned(
                    outboxId,
                    in.getKind(),
                    in.getRoundId(),
                    in.getSenderUnitId(),
                    in.getReceiverUnitId(),
                    in.getTitle(),
                    in.getVersionNo(),
                    reason,
                    in.getSourceId()));
        }
        return toSummary(in);
    }

    /** Marks accepted inbox versions as used in the active unit's consolidated dossier (Đã tổng hợp). */
    @PreAuthorize("hasRole('SUBMISSION_SEND')")
    @Transactional
    public void markConsolidated(Collection<Long> inboxIds) {
        for (long id : inboxIds) {
            Submission in = inboxCopy(id);
            if (in.getStatus() == SubmissionStatus.ACCEPTED && !in.isConsolidated()) {
                in.markConsolidated();
                events.publishEvent(new AuditEvent(
                        in.getReceiverUnitId(), "SUBMISSION", in.getIdempotencyKey(), "CONSOLIDATED", ""));
            }
        }
    }

    /** Every version the active unit sent for the nomination dossier {@code sourceId}, newest first. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE') or hasRole('SUBMISSION_SEND')")
    public List<SubmissionSummary> history(long sourceId) {
        return history(RoundKind.NOMINATION, sourceId);
    }

    /** Every version the active unit sent for {@code sourceId} of {@code kind}, newest first. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE') or hasRole('SUBMISSION_SEND') or hasRole('REGISTRATION_MANAGE')")
    public List<SubmissionSummary> history(RoundKind kind, long sourceId) {
        return submissions.findBySource(Side.OUTBOX, kind, sourceId).stream()
                .map(summaries())
                .toList();
    }

    /** The latest version the active unit sent for the nomination dossier {@code sourceId}. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public Optional<SubmissionSummary> latest(long sourceId) {
        return latest(RoundKind.NOMINATION, sourceId);
    }

    /** The latest version the active unit sent for {@code sourceId} of {@code kind}. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public Optional<SubmissionSummary> latest(RoundKind kind, long sourceId) {
        return submissions.findBySource(Side.OUTBOX, kind, sourceId).stream()
                .findFirst()
                .map(this::toSummary);
    }

    /** Every version received in a round, newest first. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<SubmissionSummary> inbox(long roundId) {
        return submissions.findInbox(roundId).stream().map(summaries()).toList();
    }

    /** Every version received from {@code senderUnitId} in a round, newest first. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<SubmissionSummary> receivedFrom(long roundId, long senderUnitId) {
        return submissions.findInboxFrom(roundId, senderUnitId).stream()
                .map(summaries())
                .toList();
    }

    /** Inbox versions waiting for a decision in any round, oldest first. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<SubmissionSummary> waiting() {
        return submissions.findWaiting().stream().map(summaries()).toList();
    }

    /**
     * The status board of a round for the active unit: each member unit (units reporting to it today, plus any
     * other unit that sent to it) with its latest version and the quotas allotted to it.
     */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<BoardRow> board(long roundId) {
        PortalPrincipal me = CurrentUser.require();
        visibleRound(roundId, me);
        Map<Long, Submission> latest = new HashMap<>();
        for (Submission s : submissions.findInbox(roundId)) {
            latest.merge(s.getSenderUnitId(), s, (a, b) -> a.getVersionNo() >= b.getVersionNo() ? a : b);
        }
        Map<Long, Map<String, Integer>> quotas = rounds.allotted(roundId);
        Map<Long, OrgUnitSummary> members = new LinkedHashMap<>();
        orgUnits.visibleChildren(me.activeUnitId(), Dates.today(), 0, 10_000).forEach(u -> members.put(u.id(), u));
        latest.keySet().forEach(id -> members.computeIfAbsent(id, orgUnits::get));
        Map<Long, String> names = new HashMap<>();
        members.values().forEach(u -> names.put(u.id(), u.name()));
        names.put(me.activeUnitId(), me.activeUnitName());
        List<BoardRow> rows = new ArrayList<>();
        for (OrgUnitSummary member : members.values()) {
            Submission s = latest.get(member.id());
            rows.add(new BoardRow(
                    member, s == null ? null : toSummary(s, names), quotas.getOrDefault(member.id(), Map.of())));
        }
        return rows;
    }

    /**
     * Ids of the units that sent at least one version in {@code roundId} to the current tenant's inbox. For jobs
     * running under {@code TenantScope.forJob(receiverUnitId, …)} (the deadline reminder), which have no user: no
     * permission check, and it reads only through the tenant-filtered repository, so it sees the inbox of the
     * tenant in scope and nothing else.
     */
    public Set<Long> senderIdsInRound(long roundId) {
        return Set.copyOf(submissions.findSenderIdsInRound(roundId));
    }

    /** A copy (either side) of the active unit, with its items and documents. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public SubmissionDetails details(long submissionId) {
        Submission s = submissions.findById(submissionId).orElseThrow(() -> new NotFoundException("submission"));
        Payload payload = json.readValue(s.getPayload(), Payload.class);
        return new SubmissionDetails(toSummary(s), payload.items(), payload.documents());
    }

    /**
     * Items of every accepted version received in a round, each with its origin (the sending unit and version
     * when the item has none yet). The key of each entry is the inbox submission id.
     */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<ReceivedItem> acceptedItems(long roundId) {
        List<ReceivedItem> result = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (Submission s : submissions.findInbox(roundId)) {
            if (s.getStatus() != SubmissionStatus.ACCEPTED) {
                continue;
            }
            Payload payload = json.readValue(s.getPayload(), Payload.class);
            String senderName = names.computeIfAbsent(
                    s.getSenderUnitId(), id -> orgUnits.get(id).name());
            for (SubmissionItem item : payload.items()) {
                List<DocumentRef> docs = payload.documents().stream()
                        .filter(d -> d.itemSeq() != null && d.itemSeq() == item.seq())
                        .toList();
                result.add(new ReceivedItem(
                        s.getId(),
                        s.getSenderUnitId(),
                        senderName,
                        s.isConsolidated(),
                        item.withOriginIfMissing(s.getSenderUnitId(), senderName, s.getId(), s.getVersionNo()),
                        docs));
            }
        }
        return result;
    }

    private Round visibleRound(long roundId, PortalPrincipal me) {
        return roundRepository
                .findVisible(roundId, me.activeUnitPath())
                .orElseThrow(() -> new NotFoundException("round"));
    }

    private Submission inboxCopy(long id) {
        return submissions
                .findById(id)
                .filter(s -> s.getSide() == Side.INBOX)
                .orElseThrow(() -> new NotFoundException("submission"));
    }

    private SubmissionSummary toSummary(Submission s) {
        return toSummary(s, new HashMap<>());
    }

    /** A mapper that shares unit names across one list. */
    private Function<Submission, SubmissionSummary> summaries() {
        Map<Long, String> names = new HashMap<>();
        return s -> toSummary(s, names);
    }

    /** {@code names}: unit names already known in this call (a list of copies looks each unit up once). */
    private SubmissionSummary toSummary(Submission s, Map<Long, String> names) {
        return new SubmissionSummary(
                s.getId(),
                s.getIdempotencyKey(),
                s.getSide() == Side.INBOX,
                s.getKind(),
                s.getRoundId(),
                s.getSourceId(),
                s.getSenderUnitId(),
                names.computeIfAbsent(
                        s.getSenderUnitId(), id -> orgUnits.get(id).name()),
                s.getReceiverUnitId(),
                names.computeIfAbsent(
                        s.getReceiverUnitId(), id -> orgUnits.get(id).name()),
                s.getVersionNo(),
                s.getTitle(),
                s.getStatus(),
                s.getSentAt(),
                s.getSentBy(),
                s.getDeadline(),
                s.isLate(),
                s.getDecidedAt(),
                s.getDecidedBy(),
                s.getReturnReason(),
                s.getItemCount(),
                parseCounts(s.getCategoryCounts()),
                s.isConsolidated(),
                s.getVersion());
    }

    static String formatCounts(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) ->
                sb.append(sb.isEmpty() ? "" : ",").append(k).append(':').append(v));
        return sb.toString();
    }

    /** "LDTT:3,CSTD_CO_SO:1" (the stored counts of a version by category) → a map. */
    public static Map<String, Integer> parseCounts(String counts) {
        Map<String, Integer> result = new TreeMap<>();
        if (counts != null && !counts.isBlank()) {
            for (String part : counts.split(",")) {
                int colon = part.lastIndexOf(':');
                result.put(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
            }
        }
        return result;
    }

    /** The JSON payload of a submission: its items and documents. */
    record Payload(List<SubmissionItem> items, List<DocumentRef> documents) {}
}
