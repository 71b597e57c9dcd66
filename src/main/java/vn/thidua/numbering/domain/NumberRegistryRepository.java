package vn.thidua.numbering.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered; the row is locked while a number is taken, so two issuers never get the same number. */
public interface NumberRegistryRepository extends JpaRepository<NumberRegistry, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from NumberRegistry r where r.year = :year and r.series = :series")
    Optional<NumberRegistry> lockFor(int year, String series);

    /** A plain (non-locking) read: InnoDB takes no gap lock, so a row can still be inserted beside it. */
    @Query("select count(r) > 0 from NumberRegistry r where r.year = :year and r.series = :series")
    boolean exists(int year, String series);

    @Query("select r from NumberRegistry r where r.year = :year")
    List<NumberRegistry> findForYear(int year);
}
