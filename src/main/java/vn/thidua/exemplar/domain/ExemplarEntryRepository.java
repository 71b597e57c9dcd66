package vn.thidua.exemplar.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: entries on the active unit's exemplars. */
public interface ExemplarEntryRepository extends JpaRepository<ExemplarEntry, Long> {

    List<ExemplarEntry> findByExemplarIdOrderByDateAscIdAsc(long exemplarId);

    List<ExemplarEntry> findByExemplarIdIn(java.util.Collection<Long> exemplarIds);
}
