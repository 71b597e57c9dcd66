package vn.thidua.nomination.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered: the active unit's nominees. */
public interface NomineeRepository extends JpaRepository<Nominee, Long> {

    @Query("select n from Nominee n where n.dossierId = :dossierId order by n.seq, n.id")
    List<Nominee> findByDossier(long dossierId);

    @Query("select count(n) from Nominee n where n.dossierId = :dossierId")
    long countByDossier(long dossierId);
}
