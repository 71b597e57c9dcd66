package vn.thidua.exemplar.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's proposals of its own exemplars. */
public interface ExemplarProposalRepository extends JpaRepository<ExemplarProposal, Long> {

    List<ExemplarProposal> findByExemplarIdOrderByProposedOnAscIdAsc(long exemplarId);

    Optional<ExemplarProposal> findByRoundIdAndExemplarId(long roundId, long exemplarId);
}
