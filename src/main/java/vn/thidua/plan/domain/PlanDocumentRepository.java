package vn.thidua.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Plans are read through these predicates only (ADR 0010): the viewer's own unit (any status); issued or amended
 * plans of the units the viewer reports or reported to (the caller passes them and checks the dates); issued or
 * amended plans of the viewer's subtree (path prefix).
 */
public interface PlanDocumentRepository extends JpaRepository<PlanDocument, Long> {

    @Query("select p from PlanDocument p where p.id = :id and p.unitId = :unitId")
    Optional<PlanDocument> findOwn(long id, long unitId);

    @Query("select p from PlanDocument p where p.unitId = :unitId order by p.updatedAt desc, p.id desc")
    List<PlanDocument> findOwnAll(long unitId);

    @Query(
            """
            select p from PlanDocument p
            where p.unitId in :superiors and p.status <> vn.thidua.plan.PlanStatus.DRAFT
            order by p.issueDate desc, p.id desc""")
    List<PlanDocument> findIssuedBy(Collection<Long> superiors);

    @Query(
            """
            select p from PlanDocument p
            where p.unitId in :superiors and p.movementId = :movementId
            and p.status <> vn.thidua.plan.PlanStatus.DRAFT""")
    List<PlanDocument> findIssuedBy(Collection<Long> superiors, long movementId);

    @Query(
            """
            select p from PlanDocument p
            where p.id = :id and p.unitId in :superiors and p.status <> vn.thidua.plan.PlanStatus.DRAFT""")
    Optional<PlanDocument> findIssuedByAny(long id, Collection<Long> superiors);

    @Query(
            """
            select p from PlanDocument p
            where p.unitPath like concat(:path, '%') and p.unitId <> :unitId
            and p.status <> vn.thidua.plan.PlanStatus.DRAFT
            and (p.parentPlanId in :parents or p.movementId = :movementId)""")
    List<PlanDocument> findIssuedBelow(String path, long unitId, Collection<Long> parents, Long movementId);

    @Query(
            """
            select p from PlanDocument p
            where p.unitPath like concat(:path, '%') and p.unitId <> :unitId
            and p.status <> vn.thidua.plan.PlanStatus.DRAFT and p.id = :id""")
    Optional<PlanDocument> findIssuedBelow(String path, long unitId, long id);

    @Query(
            """
            select p from PlanDocument p where p.unitId = :unitId and p.movementId = :movementId
            order by p.issueDate, p.id""")
    List<PlanDocument> findOwnForMovement(long unitId, long movementId);

    @Query(
            """
            select count(p) > 0 from PlanDocument p
            where p.unitId = :unitId and p.amendsPlanId = :planId and p.status = vn.thidua.plan.PlanStatus.DRAFT""")
    boolean hasOpenAmendment(long unitId, long planId);
}
