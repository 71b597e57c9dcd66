package vn.thidua.catalogue.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardTypeRepository extends JpaRepository<AwardType, String> {

    @Query("select a from AwardType a where a.validFrom <= :date and (a.validTo is null or a.validTo >= :date)")
    List<AwardType> findValidOn(LocalDate date);
}
