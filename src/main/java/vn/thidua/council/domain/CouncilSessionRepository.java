package vn.thidua.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thidua.council.SessionStatus;

/** Tenant-filtered: the active unit's council sessions. */
public interface CouncilSessionRepository extends JpaRepository<CouncilSession, Long> {

    List<CouncilSession> findAllByOrderBySessionDateDescIdDesc();

    List<CouncilSession> findByStatusOrderBySessionDateDesc(SessionStatus status);

    /** Counts a ballot only while the session is voting; 0 rows when it is not (e.g. closed meanwhile). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CouncilSession s set s.ballotsCast = s.ballotsCast + 1"
            + " where s.id = :id and s.status = vn.thidua.council.SessionStatus.VOTING")
    int countBallot(@Param("id") long id);

    /** Moves a voting session to closed; 0 rows when it is not voting. Locks the row against late ballots. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CouncilSession s set s.status = vn.thidua.council.SessionStatus.CLOSED, s.version = s.version + 1"
            + " where s.id = :id and s.status = vn.thidua.council.SessionStatus.VOTING")
    int markClosed(@Param("id") long id);
}
