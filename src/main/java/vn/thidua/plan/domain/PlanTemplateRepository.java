package vn.thidua.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: a unit sees only its own templates. */
public interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    List<PlanTemplate> findAllByOrderByNameAsc();

    Optional<PlanTemplate> findByName(String name);
}
