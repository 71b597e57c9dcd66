package vn.thidua.catalogue.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardAuthorityRepository extends JpaRepository<AwardAuthority, AwardAuthority.Key> {}
