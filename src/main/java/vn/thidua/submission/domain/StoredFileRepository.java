package vn.thidua.submission.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: a unit's own uploads. */
public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {}
