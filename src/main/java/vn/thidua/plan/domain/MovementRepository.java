package vn.thidua.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Movements are read through these predicates only: the unit's own (any status), or launched ones of the units the
 * viewer reports to (the caller passes the ids of its superiors, ADR 0010).
 */
public interface MovementRepository extends JpaRepository<Movement, Long> {

    @Query(
            """
            select m from Movement m
            where m.unitId = :unitId or (m.status = vn.thidua.plan.MovementStatus.LAUNCHED and m.unitId in :superiors)
            order by m.startYear desc, m.id desc""")
    List<Movement> findVisible(long unitId, Collection<Long> superiors);

    @Query(
            """
            select m from Movement m where m.id = :id
            and (m.unitId = :unitId or (m.status = vn.thidua.plan.MovementStatus.LAUNCHED and m.unitId in :superiors))""")
    Optional<Movement> findVisible(long id, long unitId, Collection<Long> superiors);

    @Query("select m from Movement m where m.id = :id and m.unitId = :unitId")
    Optional<Movement> findOwn(long id, long unitId);
}
