package vn.thidua.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tenant-filtered: who was called to the active unit's sessions. */
public interface CouncilAttendeeRepository extends JpaRepository<CouncilAttendee, Long> {

    List<CouncilAttendee> findBySessionIdOrderByIdAsc(long sessionId);

    Optional<CouncilAttendee> findBySessionIdAndUserId(long sessionId, long userId);

    List<CouncilAttendee> findByUserIdAndPresentTrue(long userId);

    /** Sets the "has voted" marker once: 1 row the first time, 0 after (so a second ballot is refused). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CouncilAttendee a set a.hasVoted = true"
            + " where a.id = :id and a.present = true and a.hasVoted = false")
    int markVoted(@Param("id") long id);
}
