package vn.thidua.award.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's decisions. */
public interface AwardDecisionRepository extends JpaRepository<AwardDecision, Long> {

    List<AwardDecision> findAllByOrderByDecisionDateDescIdDesc();
}
