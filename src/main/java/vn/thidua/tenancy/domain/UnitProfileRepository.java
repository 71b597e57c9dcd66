package vn.thidua.tenancy.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitProfileRepository extends JpaRepository<UnitProfile, Long> {

    /** The profile of the session's tenant (the tenant filter adds the predicate). */
    @Query("select p from UnitProfile p")
    Optional<UnitProfile> findCurrent();

    /** For system work in a root session only (the tenant filter is off there). */
    Optional<UnitProfile> findByTenantId(Long tenantId);
}
