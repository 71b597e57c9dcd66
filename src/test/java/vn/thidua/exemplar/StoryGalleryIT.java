package vn.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.FileService;
import vn.thidua.tenancy.SchoolType;

/**
 * The gallery's visibility through the services: a story of MN Quang Trung (Thái Nguyên) in draft is seen by neither
 * TH Trưng Vương (Thái Nguyên) nor TH Khương Đình (Hà Nội); published for the province, by Trưng Vương only; published
 * nationwide, by both. Only the head publishes; another unit's learning shows in the publisher's count; audited.
 */
@IntegrationTest
class StoryGalleryIT {

    static final String SCHOOL = "MN-QUANGTRUNG-TN";
    static final String SAME_PROVINCE = "TH-TRUNGVUONG-TN";
    static final String HANOI = "TH-KHUONGDINH-HN";

    @Autowired
    TestLogins logins;

    @Autowired
    StoryService stories;

    @Autowired
    ExemplarService exemplars;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileService files;

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    boolean opens(String login, String unit, long storyId, long fileId, long owner) {
        logins.as(login, unit);
        boolean direct;
        try {
            files.open(fileId, owner);
            direct = true;
        } catch (NotFoundException e) {
            direct = false;
        }
        try {
            assertThat(stories.download(storyId, fileId).bytes()).isEqualTo(PDF);
            assertThat(direct).as("FileService agrees for %s", login).isTrue();
            return true;
        } catch (NotFoundException e) {
            assertThat(direct).as("FileService agrees for %s", login).isFalse();
            return false;
        }
    }

    @Test
    void attachmentsFollowTheStory() {
        long id = newStory("Ảnh hoạt động trải nghiệm (kiểm thử)");
        AttachmentSummary a = stories.attach(id, "hoat-dong.pdf", PDF);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        long owner = logins.unitId(SCHOOL);
        assertThat(opens("thuky.mnqt", SCHOOL, id, a.fileId(), owner)).isTrue();
        assertThat(opens("hieutruong.thtv", SAME_PROVINCE, id, a.fileId(), owner))
                .isFalse();

        logins.as("hieutruong.mnqt", SCHOOL);
        stories.publish(id);
        assertThat(opens("hieutruong.thtv", SAME_PROVINCE, id, a.fileId(), owner))
                .isTrue();
        assertThat(stories.story(id).attachments())
                .extracting(AttachmentSummary::fileName)
                .containsExactly("hoat-dong.pdf");
        assertThat(opens("hieutruong.thkhuongdinh", HANOI, id, a.fileId(), owner))
                .isFalse();
        logins.as("hieutruong.thkhuongdinh", HANOI);
        assertThatThrownBy(() -> stories.story(id)).isInstanceOf(NotFoundException.class);

        logins.as("hieutruong.mnqt", SCHOOL);
        assertThatThrownBy(() -> stories.attach(id, "them.pdf", PDF))
                .isInstanceOf(BusinessException.class)
                .hasMessage("story.error.notEditable");
        assertThat(count("select count(*) from exemplar_story_file where story_id = " + id))
                .isEqualTo(1);
    }

    @AfterEach
    void logout() {
        logins.logout();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    long newStory(String title) {
        logins.as("thuky.mnqt", SCHOOL);
        PhaseSummary phase = exemplars.phases().getFirst();
        long exemplarId = exemplars.exemplars(phase.id()).getFirst().id();
        long id = stories.create(
                exemplarId,
                new StoryData(title, "Câu chuyện về một giờ học trải nghiệm.", "Giáo viên giỏi cấp cơ sở", null));
        return id;
    }

    boolean sees(String login, String unit, long storyId) {
        logins.as(login, unit);
        boolean inGallery =
                stories.gallery(new GalleryFilter(null, null, null)).stream().anyMatch(s -> s.id() == storyId);
        boolean byId;
        try {
            stories.story(storyId);
            byId = true;
        } catch (NotFoundException e) {
            byId = false;
        }
        assertThat(inGallery).as("gallery and page agree for %s", login).isEqualTo(byId);
        return byId;
    }

    @Test
    void draftStaysHomeProvinceStorySeenInProvinceNationwideEverywhere() {
        long id = newStory("Giờ học trải nghiệm lớp 5 tuổi A1 (kiểm thử)");
        assertThat(sees("hieutruong.thtv", SAME_PROVINCE, id)).isFalse();
        assertThat(sees("hieutruong.thkhuongdinh", HANOI, id)).isFalse();
        logins.as("hieutruong.mnqt", SCHOOL);
        assertThat(stories.story(id).summary().status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(stories.ownStories()).anyMatch(s -> s.id() == id);

        logins.as("thuky.mnqt", SCHOOL);
        stories.submit(id);
        assertThat(sees("hieutruong.thtv", SAME_PROVINCE, id)).isFalse();

        logins.as("thuky.mnqt", SCHOOL);
        assertThatThrownBy(() -> stories.publish(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(sees("hieutruong.thtv", SAME_PROVINCE, id)).isFalse();

        logins.as("hieutruong.mnqt", SCHOOL);
        stories.publish(id);
        assertThat(sees("hieutruong.thtv", SAME_PROVINCE, id)).isTrue();
        assertThat(sees("hieutruong.thkhuongdinh", HANOI, id)).isFalse();

        logins.as("hieutruong.thtv", SAME_PROVINCE);
        StoryDetails read = stories.story(id);
        assertThat(read.summary().own()).isFalse();
        assertThat(read.summary().schoolType()).isEqualTo(SchoolType.MN);
        assertThat(stories.gallery(new GalleryFilter(
                        read.summary().field(), SchoolType.MN, read.summary().schoolYear())))
                .anyMatch(s -> s.id() == id);
        assertThat(stories.gallery(new GalleryFilter(null, SchoolType.THPT, null)))
                .noneMatch(s -> s.id() == id);

        logins.as("hieutruong.mnqt", SCHOOL);
        stories.changeAudience(id, StoryAudience.NATIONWIDE);
        assertThat(sees("hieutruong.thkhuongdinh", HANOI, id)).isTrue();

        logins.as("hieutruong.mnqt", SCHOOL);
        stories.withdraw(id);
        assertThat(sees("hieutruong.thkhuongdinh", HANOI, id)).isFalse();
        assertThat(sees("hieutruong.thtv", SAME_PROVINCE, id)).isFalse();

        assertThat(count("select count(*) from audit_entry where entity_type = 'EXEMPLAR_STORY' and entity_id = '" + id
                        + "'"))
                .isEqualTo(5); // created, submitted, published, audience, withdrawn
    }

    @Test
    void anotherUnitsLearningCountsForThePublisherOnce() {
        long id = newStory("Nhân rộng mô hình góc trải nghiệm (kiểm thử)");
        logins.as("hieutruong.mnqt", SCHOOL);
        stories.publish(id);
        long exemplarId = stories.story(id).summary().exemplarId();
        long before = stories.unitsLearnedFrom(exemplarId);

        logins.as("hieutruong.thtv", SAME_PROVINCE);
        LocalDate day = LocalDate.of(2026, 11, 5);
        stories.learn(id, LearningKind.VISIT, day, "Tham quan lớp 5 tuổi A1");
        assertThatThrownBy(() -> stories.learn(id, LearningKind.VISIT, day, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("story.error.learnedTwice");
        stories.learn(id, LearningKind.ADOPTED_PRACTICE, day, null);
        assertThat(stories.story(id).learnings()).hasSize(2);

        logins.as("hieutruong.thkhuongdinh", HANOI);
        assertThatThrownBy(() -> stories.learn(id, LearningKind.VISIT, day, null))
                .isInstanceOf(NotFoundException.class);

        logins.as("hieutruong.mnqt", SCHOOL);
        assertThatThrownBy(() -> stories.learn(id, LearningKind.VISIT, day, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("story.error.ownStory");
        StoryDetails mine = stories.story(id);
        assertThat(mine.learnedUnits()).isEqualTo(1);
        assertThat(mine.learnings()).extracting(LearningSummary::unitName).containsOnly("Trường Tiểu học Trưng Vương");
        assertThat(stories.unitsLearnedFrom(exemplarId)).isEqualTo(Math.max(before, 1));
        assertThat(count("select count(*) from audit_entry where entity_type = 'EXEMPLAR_STORY_LEARNING'"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStoryOfAnotherUnitsExemplarOrWithoutTextIsRefused() {
        logins.as("hieutruong.thtv", SAME_PROVINCE);
        long foreignExemplar = count("select min(id) from exemplar");
        assertThatThrownBy(() -> stories.create(foreignExemplar, new StoryData("T", "x", null, null)))
                .isInstanceOf(NotFoundException.class);

        logins.as("thuky.mnqt", SCHOOL);
        long before = count("select count(*) from exemplar_story");
        assertThatThrownBy(() -> stories.create(foreignExemplar, new StoryData("Tiêu đề", "  ", null, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("story.error.textRequired");
        assertThat(count("select count(*) from exemplar_story")).isEqualTo(before);
    }
}
