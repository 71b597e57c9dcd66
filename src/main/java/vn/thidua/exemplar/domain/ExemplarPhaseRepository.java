package vn.thidua.exemplar.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's phases. */
public interface ExemplarPhaseRepository extends JpaRepository<ExemplarPhase, Long> {

    List<ExemplarPhase> findAllByOrderByStartYearDesc();

    Optional<ExemplarPhase> findByStartYearAndEndYear(int startYear, int endYear);
}
