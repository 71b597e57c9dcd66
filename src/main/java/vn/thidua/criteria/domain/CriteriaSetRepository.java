package vn.thidua.criteria.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Criteria sets are read through these predicates only (ADR 0010, ADR 0013): the viewer's own unit (any status);
 * published sets of the units the viewer reports or reported to (the caller passes them).
 */
public interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

    @Query("select s from CriteriaSet s where s.id = :id and s.unitId = :unitId")
    Optional<CriteriaSet> findOwn(long id, long unitId);

    @Query("select s from CriteriaSet s where s.unitId = :unitId order by s.schoolYear desc, s.name, s.versionNo desc")
    List<CriteriaSet> findOwnAll(long unitId);

    @Query(
            """
            select s from CriteriaSet s
            where s.id = :id and s.unitId in :superiors and s.status = vn.thidua.criteria.CriteriaSetStatus.PUBLISHED""")
    Optional<CriteriaSet> findPublishedByAny(long id, Collection<Long> superiors);

    @Query(
            """
            select s from CriteriaSet s
            where s.unitId in :superiors and s.status = vn.thidua.criteria.CriteriaSetStatus.PUBLISHED
            order by s.schoolYear desc, s.name, s.versionNo desc""")
    List<CriteriaSet> findPublishedBy(Collection<Long> superiors);

    @Query(
            """
            select count(s) > 0 from CriteriaSet s
            where s.unitId = :unitId and s.previousId = :previousId""")
    boolean hasNextVersion(long unitId, long previousId);
}
