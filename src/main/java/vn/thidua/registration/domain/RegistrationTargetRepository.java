package vn.thidua.registration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: targets of the active unit's rounds. */
public interface RegistrationTargetRepository extends JpaRepository<RegistrationTarget, Long> {

    List<RegistrationTarget> findByRoundIdOrderById(long roundId);
}
