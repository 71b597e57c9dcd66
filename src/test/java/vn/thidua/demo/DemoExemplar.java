package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.exemplar.EntryData;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.ReplicationKind;

/**
 * The exemplar plan of Trường Mầm non Quang Trung for 2026–2030, through the real services: the three advanced-model
 * candidates of the 2026-2027 registration round imported, the principal as their mentor, each with a discovery
 * entry (September 2026), fostering actions done and planned, a semester review (HK I 2026–2027, December 2026) and
 * a demonstration lesson spread to the ward's schools — so {@code hieutruong.mnqt} finds a timeline that is not
 * empty.
 */
final class DemoExemplar {

    private static final Logger log = LoggerFactory.getLogger(DemoExemplar.class);
    private static final String SCHOOL = "MN-QUANGTRUNG-TN";

    private final ApplicationContext context;
    private final ExemplarService exemplars;

    DemoExemplar(ApplicationContext context) {
        this.context = context;
        this.exemplars = context.getBean(ExemplarService.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from exemplar_phase").query(Long.class).single() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            DemoLogins.as(context, "hieutruong.mnqt", SCHOOL);
            long principal = DemoLogins.userId(context, "hieutruong.mnqt");
            long phase = exemplars.openPhase(2026, 2030).id();
            exemplars.importFromRegistration(phase, "2026-2027");
            List<ExemplarSummary> list = exemplars.exemplars(phase);
            for (ExemplarSummary x : list) {
                exemplars.assignMentor(x.id(), principal);
            }
            story(
                    find(list, "Lê Thị Hồng Nhung"),
                    "Trẻ lớp 5 tuổi A1 chủ động, tự tin trong các hoạt động trải nghiệm cô tổ chức; được phụ huynh và"
                            + " tổ chuyên môn đánh giá cao qua dự giờ đầu năm.",
                    "Có ít nhất 2 hoạt động trải nghiệm mẫu mỗi năm học được tổ chuyên môn đánh giá tốt; sáng kiến"
                            + " được công nhận cấp cơ sở; chia sẻ kinh nghiệm với các trường trong phường.",
                    ExemplarField.TEACHING_INNOVATION,
                    true);
            story(
                    find(list, "Trần Thị Hoa"),
                    "Tổ khối Mẫu giáo lớn do đồng chí phụ trách xây dựng góc học tập mở, trẻ được lựa chọn hoạt động.",
                    "Môi trường lớp học lấy trẻ làm trung tâm đạt chuẩn của Bộ; 100 % lớp trong tổ áp dụng.",
                    ExemplarField.CHILD_CARE,
                    false);
            story(
                    find(list, "Đỗ Thị Lan Anh"),
                    "Đã số hóa hồ sơ chuyên môn của nhà trường, giảm giấy tờ cho giáo viên.",
                    "Hồ sơ chuyên môn điện tử dùng chung toàn trường; hướng dẫn được cho trường bạn.",
                    ExemplarField.MANAGEMENT,
                    false);
            log.info("Demo exemplars seeded: MN Quang Trung 2026-2030, {} exemplars with their timelines", list.size());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void story(long id, String why, String criteria, ExemplarField field, boolean replicated) {
        exemplars.describe(id, field, criteria);
        exemplars.addEntry(id, EntryData.of(ExemplarStage.PHAT_HIEN, LocalDate.of(2026, 9, 18), why));
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.BOI_DUONG,
                        LocalDate.of(2026, 10, 14),
                        "Cử tham gia lớp bồi dưỡng chuyên đề của Phòng Văn hóa – Xã hội; hiệu trưởng dự giờ, góp ý"
                                + " hằng tháng."));
        exemplars.addEntry(
                id,
                new EntryData(
                        ExemplarStage.BOI_DUONG,
                        LocalDate.of(2027, 3, 10),
                        "Tham quan, học tập mô hình tại Trường Mầm non Thịnh Đán; bổ sung học liệu.",
                        false,
                        null,
                        null,
                        null));
        if (replicated) {
            exemplars.addEntry(
                    id,
                    new EntryData(
                            ExemplarStage.NHAN_RONG,
                            LocalDate.of(2026, 11, 19),
                            "Hoạt động trải nghiệm mẫu \"Bé làm bánh trôi\" cho giáo viên các trường mầm non trong"
                                    + " phường dự.",
                            true,
                            ReplicationKind.DEMO_LESSON,
                            24,
                            3));
        }
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.TONG_KET,
                        LocalDate.of(2026, 12, 4),
                        "Sơ kết học kỳ I năm học 2026–2027: đạt các tiêu chí đề ra cho học kỳ; tiếp tục bồi dưỡng."));
    }

    private static long find(List<ExemplarSummary> list, String name) {
        return list.stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
