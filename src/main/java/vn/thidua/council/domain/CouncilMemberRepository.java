package vn.thidua.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: the active unit's council. */
public interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findAllByOrderByIdAsc();

    Optional<CouncilMember> findByUserId(long userId);
}
