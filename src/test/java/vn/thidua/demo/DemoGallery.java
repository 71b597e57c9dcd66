package vn.thidua.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.LearningKind;
import vn.thidua.exemplar.StoryAudience;
import vn.thidua.exemplar.StoryData;
import vn.thidua.exemplar.StoryService;

/**
 * The exemplar gallery, through the real services: MN Quang Trung's officer writes a story of Lê Thị Hồng Nhung's
 * experiential lessons, the principal publishes it for the province; a second story (Trần Thị Hoa's open learning
 * corners) stays a draft; TH Trưng Vương (same ward, Thái Nguyên) records a visit — so the gallery is not empty for
 * a Thái Nguyên school and the publisher sees one unit that learned.
 */
final class DemoGallery {

    private static final Logger log = LoggerFactory.getLogger(DemoGallery.class);
    private static final String SCHOOL = "MN-QUANGTRUNG-TN";

    private final ApplicationContext context;

    DemoGallery(ApplicationContext context) {
        this.context = context;
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from exemplar_story").query(Long.class).single() > 0) {
            return;
        }
        ExemplarService exemplars = context.getBean(ExemplarService.class);
        StoryService stories = context.getBean(StoryService.class);
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            DemoLogins.as(context, "thuky.mnqt", SCHOOL);
            if (exemplars.phases().isEmpty()) {
                return;
            }
            var list = exemplars.exemplars(exemplars.phases().getFirst().id());
            long nhung = find(list, "Lê Thị Hồng Nhung");
            long hoa = find(list, "Trần Thị Hoa");
            long published = stories.create(
                    nhung,
                    new StoryData(
                            "\"Bé làm bánh trôi\" — hoạt động trải nghiệm lấy trẻ làm trung tâm",
                            "Cô Lê Thị Hồng Nhung, giáo viên lớp 5 tuổi A1, tổ chức hoạt động trải nghiệm theo nhóm"
                                    + " nhỏ: trẻ tự chọn nguyên liệu, cùng nhau nhào bột, nặn bánh và kể lại cách làm."
                                    + "\n\nCô chuẩn bị học liệu từ nguyên vật liệu địa phương, mời phụ huynh cùng tham"
                                    + " gia, ghi lại tiến bộ của từng trẻ bằng ảnh và sổ theo dõi. Sau một học kỳ, trẻ"
                                    + " lớp A1 mạnh dạn, tự tin trình bày trước tập thể.",
                            "- Hoạt động mẫu \"Bé làm bánh trôi\" được 24 giáo viên của 3 trường mầm non trong phường"
                                    + " dự (19/11/2026).\n- Sơ kết học kỳ I năm học 2026–2027: đạt các tiêu chí đề ra.",
                            StoryAudience.PROVINCE));
            stories.submit(published);
            stories.create(
                    hoa,
                    new StoryData(
                            "Góc học tập mở ở khối Mẫu giáo lớn",
                            "Tổ khối Mẫu giáo lớn xây dựng góc học tập mở để trẻ được lựa chọn hoạt động (bản nháp).",
                            null,
                            StoryAudience.PROVINCE));
            DemoLogins.as(context, "hieutruong.mnqt", SCHOOL);
            stories.publish(published);
            DemoLogins.as(context, "hieutruong.thtv", "TH-TRUNGVUONG-TN");
            stories.learn(
                    published,
                    LearningKind.VISIT,
                    LocalDate.of(2026, 11, 26),
                    "Tổ khối 1 tham quan lớp 5 tuổi A1, học cách tổ chức hoạt động trải nghiệm theo nhóm.");
            log.info("Demo gallery seeded: one published story of MN Quang Trung, one draft, one visit");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static long find(java.util.List<ExemplarSummary> list, String name) {
        return list.stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
