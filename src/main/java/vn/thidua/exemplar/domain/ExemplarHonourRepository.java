package vn.thidua.exemplar.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the honours the active unit gave. */
public interface ExemplarHonourRepository extends JpaRepository<ExemplarHonour, Long> {

    List<ExemplarHonour> findByRoundId(long roundId);

    Optional<ExemplarHonour> findByRoundIdAndSenderUnitIdAndExemplarId(
            long roundId, long senderUnitId, long exemplarId);
}
