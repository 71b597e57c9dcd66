package vn.thidua.exemplar.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Attachments are read through their story's predicate only (ADR 0010): the viewer's own unit, or published and
 * (nationwide or of the viewer's province).
 */
public interface StoryAttachmentRepository extends JpaRepository<StoryAttachment, Long> {

    @Query(
            """
            select a from StoryAttachment a
            where a.storyId = :storyId and exists (
                select s.id from Story s where s.id = a.storyId and (s.unitId = :unitId
                    or (s.status = vn.thidua.exemplar.StoryStatus.PUBLISHED
                        and (s.audience = vn.thidua.exemplar.StoryAudience.NATIONWIDE or s.provinceCode = :province))))
            order by a.id""")
    List<StoryAttachment> findVisibleOfStory(long storyId, long unitId, String province);

    @Query(
            """
            select count(a) > 0 from StoryAttachment a
            where a.fileId = :fileId and exists (
                select s.id from Story s where s.id = a.storyId and s.unitId = :ownerId
                    and (s.unitId = :unitId
                        or (s.status = vn.thidua.exemplar.StoryStatus.PUBLISHED
                            and (s.audience = vn.thidua.exemplar.StoryAudience.NATIONWIDE
                                or s.provinceCode = :province))))""")
    boolean visibleFile(long fileId, long ownerId, long unitId, String province);
}
