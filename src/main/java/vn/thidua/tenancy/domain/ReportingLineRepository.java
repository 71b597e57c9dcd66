package vn.thidua.tenancy.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportingLineRepository extends JpaRepository<ReportingLine, Long> {

    List<ReportingLine> findByUnitIdOrderByValidFrom(Long unitId);

    @Query(
            """
            select r from ReportingLine r
            where r.unitId = :unitId and r.validFrom <= :date and (r.validTo is null or r.validTo >= :date)
            """)
    List<ReportingLine> findOn(@Param("unitId") Long unitId, @Param("date") LocalDate date);

    /** The lines valid on {@code date} that point to {@code parentId}: the units reporting to it that day. */
    @Query(
            """
            select r from ReportingLine r
            where r.parentId = :parentId and r.validFrom <= :date and (r.validTo is null or r.validTo >= :date)
            """)
    List<ReportingLine> findMembersOn(@Param("parentId") Long parentId, @Param("date") LocalDate date);
}
