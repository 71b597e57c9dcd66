package vn.thidua.criteria.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Score sheets of the active unit (tenant-filtered). */
public interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    List<ScoreSheet> findAllByOrderBySchoolYearDescNameAsc();

    List<ScoreSheet> findBySchoolYearOrderByNameAsc(String schoolYear);
}
