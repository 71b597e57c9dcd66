package vn.thidua.award.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Award history is read only by one of these predicates: the person themself, the holder unit's subtree (plus
 * the current members of the viewer's unit, whose history follows them), or the deciding unit.
 */
public interface AwardRecordRepository extends JpaRepository<AwardRecord, Long> {

    @Query("select r from AwardRecord r where r.personUserId = :userId order by r.decisionDate desc, r.id desc")
    List<AwardRecord> findForPerson(long userId);

    @Query("select r from AwardRecord r where r.personUserId in :userIds and r.revokedAt is null")
    List<AwardRecord> findStandingForPersons(java.util.Collection<Long> userIds);

    @Query(
            """
            select r from AwardRecord r
            where (r.holderPath like concat(:path, '%') or r.personUserId in :memberIds)
              and (:pattern is null or lower(r.fullName) like :pattern or lower(r.holderUnitName) like :pattern)
            order by r.decisionDate desc, r.id desc""")
    List<AwardRecord> findVisible(String path, Collection<Long> memberIds, String pattern, Pageable page);

    @Query("select r from AwardRecord r where r.id = :id and r.decisionUnitId = :unitId")
    java.util.Optional<AwardRecord> findDecidedBy(long id, long unitId);

    @Query("select r from AwardRecord r where r.decisionId = :decisionId and r.decisionUnitId = :unitId")
    List<AwardRecord> findForDecision(long decisionId, long unitId);
}
