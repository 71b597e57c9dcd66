package vn.thidua.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.exemplar.LearningKind;
import vn.thidua.exemplar.LearningSummary;
import vn.thidua.exemplar.StorySummary;

/**
 * The demo gallery in the views: TH Trưng Vương (Thái Nguyên) finds MN Quang Trung's published story and may record
 * a visit, but gets "not found" for its draft typed into the URL; a Hà Nội school gets "not found" for both; the
 * publisher sees the unit that learned; the officer may submit but not publish.
 */
class GalleryViewsTest extends ViewTest {

    static final String PUBLISHED = "\"Bé làm bánh trôi\" — hoạt động trải nghiệm lấy trẻ làm trung tâm";
    static final String DRAFT = "Góc học tập mở ở khối Mẫu giáo lớn";

    @Autowired
    JdbcClient jdbc;

    long story(String title) {
        return jdbc.sql("select min(id) from exemplar_story where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    String page() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSchoolOfTheSameProvinceReadsThePublishedStoryButNotTheDraft() {
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("gallery");
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("gallery-title").getText()).isEqualTo("Thư viện điển hình");
        Grid<StorySummary> grid = $(Grid.class).id("gallery-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        boolean found = false;
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).title()).isNotEqualTo(DRAFT);
            found |= test(grid).getRow(i).title().equals(PUBLISHED);
        }
        assertThat(found).isTrue();

        go("gallery/" + story(PUBLISHED));
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("story-title").getText()).isEqualTo(PUBLISHED);
        assertThat($(Span.class).id("story-meta").getText()).contains("Trường Mầm non Quang Trung");
        assertThat($(Button.class).id("story-learn-save").getText()).isEqualTo("Đơn vị đã học tập");
        assertThat($(Button.class).all())
                .noneMatch(b -> "story-publish".equals(b.getId().orElse("")));

        go("gallery/" + story(DRAFT));
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        assertThat(page()).doesNotContain(DRAFT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHanoiSchoolFindsNeitherStory() {
        loginAs("hieutruong.thkhuongdinh", "TH-KHUONGDINH-HN");
        go("gallery");
        assertThat(errorTitle()).isNull();
        Grid<StorySummary> grid = $(Grid.class).id("gallery-grid");
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).title()).isNotIn(PUBLISHED, DRAFT);
        }
        go("gallery/" + story(PUBLISHED));
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        assertThat(page()).doesNotContain(PUBLISHED);
        go("gallery/" + story(DRAFT));
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublisherSeesWhoLearnedAndOnlyTheHeadPublishes() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("gallery/" + story(PUBLISHED));
        assertThat(errorTitle()).isNull();
        assertThat($(Span.class).id("story-learned-count").getText()).startsWith("Số đơn vị đã học tập: ");
        Grid<LearningSummary> learned = $(Grid.class).id("story-learnings");
        assertThat(test(learned).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(learned).getRow(0).unitName()).isEqualTo("Trường Tiểu học Trưng Vương");
        assertThat(test(learned).getRow(0).kind()).isEqualTo(LearningKind.VISIT);
        assertThat($(Button.class).id("story-withdraw").isVisible()).isTrue();
        long exemplarId = jdbc.sql("select exemplar_id from exemplar_story where id = :id")
                .param("id", story(PUBLISHED))
                .query(Long.class)
                .single();
        go("exemplars/" + exemplarId);
        assertThat(errorTitle()).isNull();
        assertThat($(Span.class).id("exemplar-gallery-reach").getText())
                .isEqualTo("Số đơn vị đã học tập qua thư viện điển hình: 1");

        loginAs("thuky.mnqt", "MN-QUANGTRUNG-TN");
        go("gallery/" + story(DRAFT));
        assertThat(errorTitle()).isNull();
        assertThat($(Span.class).id("story-state").getText()).contains("Bản nháp");
        assertThat($(Button.class).id("story-submit").isVisible()).isTrue();
        assertThat($(Button.class).all())
                .noneMatch(b -> "story-publish".equals(b.getId().orElse("")));
        go("gallery");
        Grid<StorySummary> own = $(Grid.class).id("gallery-own");
        boolean draftListed = false;
        for (int i = 0; i < test(own).size(); i++) {
            draftListed |= test(own).getRow(i).title().equals(DRAFT);
        }
        assertThat(draftListed).isTrue();
        assertThat($(Button.class).id("gallery-new-save").isVisible()).isTrue();
    }
}
