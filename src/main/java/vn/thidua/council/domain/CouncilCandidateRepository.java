package vn.thidua.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tenant-filtered: the proposals of the active unit's sessions and their tallies. */
public interface CouncilCandidateRepository extends JpaRepository<CouncilCandidate, Long> {

    List<CouncilCandidate> findBySessionIdOrderBySeqAsc(long sessionId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CouncilCandidate c set c.yes = c.yes + :yes, c.no = c.no + :no, c.other = c.other + :other"
            + " where c.id = :id")
    int addToTally(@Param("id") long id, @Param("yes") int yes, @Param("no") int no, @Param("other") int other);
}
