package vn.thidua.eligibility.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonYearFactsRepository extends JpaRepository<PersonYearFacts, Long> {

    List<PersonYearFacts> findBySchoolYear(String schoolYear);

    Optional<PersonYearFacts> findBySchoolYearAndUserId(String schoolYear, long userId);
}
