package vn.thidua.criteria.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Score cards of the active unit (tenant-filtered). */
public interface ScoreCardRepository extends JpaRepository<ScoreCard, Long> {

    Optional<ScoreCard> findBySheetIdAndPeriodCodeAndUserId(long sheetId, String periodCode, long userId);

    List<ScoreCard> findBySheetIdAndUserIdOrderByPeriodCode(long sheetId, long userId);

    List<ScoreCard> findBySheetIdAndPeriodCodeOrderByPersonName(long sheetId, String periodCode);

    /** The numbers a ranking needs: user, name, period, status, total — of every card of the sheet. */
    @Query(
            """
            select new vn.thidua.criteria.domain.CardTotal(c.userId, c.personName, c.periodCode, c.status, c.total)
            from ScoreCard c where c.sheetId = :sheetId""")
    List<CardTotal> totals(long sheetId);

    boolean existsBySheetId(long sheetId);
}
