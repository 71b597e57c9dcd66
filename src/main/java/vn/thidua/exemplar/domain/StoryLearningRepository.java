package vn.thidua.exemplar.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thidua.exemplar.LearningKind;

/**
 * "Learned from" rows are read through these predicates only (ADR 0010): all of a story the viewer's unit published,
 * or the viewer's unit's own rows.
 */
public interface StoryLearningRepository extends JpaRepository<StoryLearning, Long> {

    @Query(
            """
            select l from StoryLearning l
            where l.storyId = :storyId
              and exists (select s.id from Story s where s.id = l.storyId and s.unitId = :publisherId)
            order by l.date, l.id""")
    List<StoryLearning> findOfOwnStory(long storyId, long publisherId);

    @Query(
            """
            select l from StoryLearning l
            where l.storyId in :storyIds
              and exists (select s.id from Story s where s.id = l.storyId and s.unitId = :publisherId)""")
    List<StoryLearning> findOfOwnStories(Collection<Long> storyIds, long publisherId);

    @Query(
            """
            select l from StoryLearning l
            where l.storyId = :storyId and l.learnerUnitId = :learnerId order by l.date, l.id""")
    List<StoryLearning> findOwnLearnings(long storyId, long learnerId);

    @Query(
            """
            select count(l) > 0 from StoryLearning l
            where l.storyId = :storyId and l.learnerUnitId = :learnerId and l.kind = :kind and l.date = :date""")
    boolean exists(long storyId, long learnerId, LearningKind kind, LocalDate date);
}
