package vn.thidua.exemplar.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.tenancy.SchoolType;

/**
 * Stories are read through these predicates only (ADR 0010): the viewer's own unit (any status), or published and
 * (nationwide or of the viewer's province). Drafts, submitted and withdrawn stories never leave their unit.
 */
public interface StoryRepository extends JpaRepository<Story, Long> {

    @Query("select s from Story s where s.id = :id and s.unitId = :unitId")
    Optional<Story> findOwn(long id, long unitId);

    @Query("select s from Story s where s.unitId = :unitId order by s.updatedAt desc, s.id desc")
    List<Story> findOwnAll(long unitId);

    @Query(
            """
            select s from Story s
            where s.id = :id and (s.unitId = :unitId
                or (s.status = vn.thidua.exemplar.StoryStatus.PUBLISHED
                    and (s.audience = vn.thidua.exemplar.StoryAudience.NATIONWIDE or s.provinceCode = :province)))""")
    Optional<Story> findVisible(long id, long unitId, String province);

    @Query(
            """
            select s from Story s
            where s.status = vn.thidua.exemplar.StoryStatus.PUBLISHED
              and (s.audience = vn.thidua.exemplar.StoryAudience.NATIONWIDE or s.provinceCode = :province)
              and (:field is null or s.field = :field)
              and (:schoolType is null or s.schoolType = :schoolType)
              and (:schoolYear is null or s.schoolYear = :schoolYear)
            order by s.publishedAt desc, s.id desc""")
    List<Story> findPublished(String province, ExemplarField field, SchoolType schoolType, String schoolYear);

    @Query("select s.id from Story s where s.unitId = :unitId and s.exemplarId = :exemplarId")
    List<Long> findOwnIdsOfExemplar(long unitId, long exemplarId);
}
