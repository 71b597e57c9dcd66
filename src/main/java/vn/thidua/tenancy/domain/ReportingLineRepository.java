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
}
