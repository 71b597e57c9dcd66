package vn.thidua.catalogue.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BaseSalaryRepository extends JpaRepository<BaseSalary, LocalDate> {

    Optional<BaseSalary> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);
}
