package vn.thidua.nomination.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's dossiers. */
public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByRoundId(long roundId);

    List<Dossier> findAllByOrderByIdDesc();
}
