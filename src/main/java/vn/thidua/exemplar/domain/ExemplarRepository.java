package vn.thidua.exemplar.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's exemplars. */
public interface ExemplarRepository extends JpaRepository<Exemplar, Long> {

    List<Exemplar> findByPhaseIdOrderById(long phaseId);

    Optional<Exemplar> findByPhaseIdAndUserId(long phaseId, long userId);

    Optional<Exemplar> findByPhaseIdAndUserIdIsNullAndName(long phaseId, String name);
}
