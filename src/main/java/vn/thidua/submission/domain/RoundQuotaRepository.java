package vn.thidua.submission.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Quotas are read only by the allotting unit or the member unit they were allotted to. */
public interface RoundQuotaRepository extends JpaRepository<RoundQuota, Long> {

    @Query("select q from RoundQuota q where q.roundId = :roundId and q.memberUnitId = :memberUnitId")
    List<RoundQuota> findForMember(long roundId, long memberUnitId);

    @Query("select q from RoundQuota q where q.roundId = :roundId and q.allottingUnitId = :allottingUnitId")
    List<RoundQuota> findAllotted(long roundId, long allottingUnitId);

    @Query(
            """
            select q from RoundQuota q
            where q.roundId = :roundId and q.allottingUnitId = :allottingUnitId
              and q.memberUnitId = :memberUnitId and q.awardCode = :awardCode""")
    Optional<RoundQuota> findOne(long roundId, long allottingUnitId, long memberUnitId, String awardCode);
}
