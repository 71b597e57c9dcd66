package vn.thidua.submission.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.domain.Submission.Side;

/** Tenant-filtered: the active unit sees its outbox and its inbox copies only. */
public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByIdempotencyKey(String idempotencyKey);

    /** Versions of one source (a dossier, a registration round…): source ids are unique per kind only. */
    @Query(
            """
            select s from Submission s where s.side = :side and s.kind = :kind and s.sourceId = :sourceId
            order by s.versionNo desc""")
    List<Submission> findBySource(Side side, RoundKind kind, long sourceId);

    @Query(
            """
            select s from Submission s
            where s.side = vn.thidua.submission.domain.Submission.Side.INBOX and s.roundId = :roundId
            order by s.sentAt desc""")
    List<Submission> findInbox(long roundId);

    @Query(
            """
            select s from Submission s
            where s.side = vn.thidua.submission.domain.Submission.Side.INBOX and s.roundId = :roundId
              and s.senderUnitId = :senderUnitId
            order by s.versionNo desc""")
    List<Submission> findInboxFrom(long roundId, long senderUnitId);

    @Query(
            """
            select distinct s.senderUnitId from Submission s
            where s.side = vn.thidua.submission.domain.Submission.Side.INBOX and s.roundId = :roundId""")
    List<Long> findSenderIdsInRound(long roundId);

    @Query(
            """
            select s from Submission s
            where s.side = vn.thidua.submission.domain.Submission.Side.INBOX
              and s.status = vn.thidua.submission.SubmissionStatus.SENT
            order by s.sentAt""")
    List<Submission> findWaiting();
}
