package vn.thidua.catalogue.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardTypeRepository extends JpaRepository<AwardType, String> {}
