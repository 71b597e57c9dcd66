package vn.thidua.tenancy.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.thidua.tenancy.OrgUnitType;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByCodeIn(Collection<String> codes);

    @Query("select u from OrgUnit u where u.path like concat(:path, '%') order by u.depth, u.name")
    List<OrgUnit> findSubtree(@Param("path") String path);

    @Query(
            """
            select u from OrgUnit u where u.parentId = :parentId
              and (:activeOn is null or (u.validFrom <= :activeOn and (u.validTo is null or u.validTo >= :activeOn)))
            order by u.type, u.name
            """)
    List<OrgUnit> findChildren(@Param("parentId") Long parentId, @Param("activeOn") LocalDate activeOn, Pageable page);

    @Query(
            """
            select count(u) from OrgUnit u where u.parentId = :parentId
              and (:activeOn is null or (u.validFrom <= :activeOn and (u.validTo is null or u.validTo >= :activeOn)))
            """)
    long countChildren(@Param("parentId") Long parentId, @Param("activeOn") LocalDate activeOn);

    @Query(
            """
            select u from OrgUnit u
            where u.path like concat(:path, '%')
              and (:text is null or lower(u.name) like :text or lower(u.code) like :text)
              and (:type is null or u.type = :type)
              and (:depth is null or u.depth = :depth)
              and (:activeOn is null or (u.validFrom <= :activeOn and (u.validTo is null or u.validTo >= :activeOn)))
            order by u.depth, u.name
            """)
    List<OrgUnit> search(
            @Param("path") String path,
            @Param("text") String text,
            @Param("type") OrgUnitType type,
            @Param("depth") Integer depth,
            @Param("activeOn") LocalDate activeOn,
            Pageable page);

    @Query(
            """
            select count(u) from OrgUnit u
            where u.path like concat(:path, '%')
              and (:text is null or lower(u.name) like :text or lower(u.code) like :text)
              and (:type is null or u.type = :type)
              and (:depth is null or u.depth = :depth)
              and (:activeOn is null or (u.validFrom <= :activeOn and (u.validTo is null or u.validTo >= :activeOn)))
            """)
    long countSearch(
            @Param("path") String path,
            @Param("text") String text,
            @Param("type") OrgUnitType type,
            @Param("depth") Integer depth,
            @Param("activeOn") LocalDate activeOn);

    /** Units of the subtree below {@code path} active on {@code date}, counted by type (the root excluded). */
    @Query(
            """
            select u.type, count(u) from OrgUnit u
            where u.path like concat(:path, '_%') and u.validFrom <= :date and (u.validTo is null or u.validTo >= :date)
            group by u.type
            """)
    List<Object[]> countByTypeBelow(@Param("path") String path, @Param("date") LocalDate date);

    @Query("select u.id, u.name from OrgUnit u where u.id in :ids")
    List<Object[]> namesOf(@Param("ids") Collection<Long> ids);
}
