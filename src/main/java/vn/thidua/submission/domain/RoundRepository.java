package vn.thidua.submission.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Rounds are published downward: every query names the viewer's path and returns only rounds opened by the
 * viewer's unit or one of its ancestors (the owner's path is a prefix of the viewer's path).
 */
public interface RoundRepository extends JpaRepository<Round, Long> {

    @Query(
            """
            select r from Round r
            where :viewerPath like concat(r.ownerPath, '%')
            order by r.closed, r.deadline desc, r.id desc""")
    List<Round> findVisible(String viewerPath);

    @Query("select r from Round r where r.id = :id and :viewerPath like concat(r.ownerPath, '%')")
    Optional<Round> findVisible(long id, String viewerPath);

    @Query("select r from Round r where r.closed = false and r.deadline = :deadline")
    List<Round> findOpenWithDeadline(java.time.LocalDate deadline);
}
