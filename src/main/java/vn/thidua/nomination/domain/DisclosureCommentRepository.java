package vn.thidua.nomination.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Comments are read through a disclosure already checked visible. */
public interface DisclosureCommentRepository extends JpaRepository<DisclosureComment, Long> {

    @Query("select c from DisclosureComment c where c.disclosureId = :disclosureId order by c.createdAt, c.id")
    List<DisclosureComment> findFor(long disclosureId);
}
