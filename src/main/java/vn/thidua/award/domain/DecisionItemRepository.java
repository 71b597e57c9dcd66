package vn.thidua.award.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered. */
public interface DecisionItemRepository extends JpaRepository<DecisionItem, Long> {

    @Query("select i from DecisionItem i where i.decisionId = :decisionId order by i.seq, i.id")
    List<DecisionItem> findByDecision(long decisionId);

    @Query("select i.sourceSubmissionId, i.sourceSeq from DecisionItem i where i.sourceSubmissionId is not null")
    List<Object[]> findAllSources();
}
