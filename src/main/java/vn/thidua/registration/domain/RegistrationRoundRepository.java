package vn.thidua.registration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's registration rounds. */
public interface RegistrationRoundRepository extends JpaRepository<RegistrationRound, Long> {

    Optional<RegistrationRound> findBySchoolYear(String schoolYear);

    List<RegistrationRound> findAllByOrderBySchoolYearDesc();
}
