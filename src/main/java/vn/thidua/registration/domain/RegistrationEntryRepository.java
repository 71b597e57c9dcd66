package vn.thidua.registration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: registrations in the active unit's rounds. */
public interface RegistrationEntryRepository extends JpaRepository<RegistrationEntry, Long> {

    List<RegistrationEntry> findByRoundIdOrderById(long roundId);

    Optional<RegistrationEntry> findByRoundIdAndUserId(long roundId, long userId);
}
