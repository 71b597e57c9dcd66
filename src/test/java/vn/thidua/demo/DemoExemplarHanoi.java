package vn.thidua.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.exemplar.EntryData;
import vn.thidua.exemplar.ExemplarData;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ReplicationKind;

/**
 * Exemplar plans of five Hà Nội schools through the real services, so that the Sở's and the wards' dashboards
 * ({@code admin.sgd.hn}, {@code vhxh.thanhxuan}) count exemplars across their subtree: the 2021–2025 phase
 * completed (discovered, fostered, reviewed, spread to other schools) and the 2026–2030 phase begun (discovered,
 * the first fostering actions).
 */
final class DemoExemplarHanoi {

    private static final Logger log = LoggerFactory.getLogger(DemoExemplarHanoi.class);

    /** School, principal, and its exemplars: collective name (or null = the principal), field, topic. */
    private static final Object[][] SCHOOLS = {
        {
            "THCS-NHANCHINH-HN",
            "hieutruong.thcsnhanchinh",
            new Object[][] {
                {"Tổ Toán – Tin", ExemplarField.TEACHING_INNOVATION, "Dạy học STEM gắn với thực tiễn"},
                {null, ExemplarField.MANAGEMENT, "Chuyển đổi số trong quản trị nhà trường"},
                {"Liên đội Thiếu niên", ExemplarField.COMMUNITY, "Hoạt động tình nguyện vì cộng đồng"}
            }
        },
        {
            "TH-KHUONGDINH-HN",
            "hieutruong.thkhuongdinh",
            new Object[][] {
                {"Tổ khối 3", ExemplarField.TEACHING_INNOVATION, "Đọc sách cùng con – thư viện lớp học thân thiện"},
                {"Tổ Văn phòng", ExemplarField.MANAGEMENT, "Hồ sơ điện tử, một cửa cho phụ huynh"}
            }
        },
        {
            "MN-KHUONGMAI-HN",
            "hieutruong.mnkhuongmai",
            new Object[][] {
                {"Tổ Nhà trẻ", ExemplarField.CHILD_CARE, "Chăm sóc trẻ 24–36 tháng theo hướng tiếp cận cá nhân"},
                {"Tổ Nuôi dưỡng", ExemplarField.CHILD_CARE, "Bếp ăn bán trú an toàn, thực đơn cân đối"},
                {null, ExemplarField.MANAGEMENT, "Xây dựng trường mầm non lấy trẻ làm trung tâm"}
            }
        },
        {
            "THCS-PHUONGLIET-HN",
            "hieutruong.thcsphuongliet",
            new Object[][] {
                {"Tổ Ngữ văn", ExemplarField.TEACHING_INNOVATION, "Dạy học theo dự án liên môn"},
                {"Tổ Tiếng Anh", ExemplarField.TEACHING_INNOVATION, "Câu lạc bộ tiếng Anh kết nối trường bạn"}
            }
        },
        {
            "THPT-NHANCHINH-HN",
            "hieutruong.thptnhanchinh",
            new Object[][] {
                {"Tổ Vật lí – Công nghệ", ExemplarField.TEACHING_INNOVATION, "Phòng thí nghiệm mở cho học sinh"},
                {"Đoàn trường", ExemplarField.COMMUNITY, "Tiếp sức mùa thi, hiến máu tình nguyện"}
            }
        }
    };

    private final ApplicationContext context;
    private final ExemplarService exemplars;

    DemoExemplarHanoi(ApplicationContext context) {
        this.context = context;
        this.exemplars = context.getBean(ExemplarService.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String first = (String) SCHOOLS[0][0];
        if (jdbc.sql("select count(*) from exemplar_phase p join org_unit u on u.id = p.tenant_id where u.code = :c")
                        .param("c", first)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        int count = 0;
        try {
            for (Object[] school : SCHOOLS) {
                DemoLogins.as(context, (String) school[1], (String) school[0]);
                long principal = DemoLogins.userId(context, (String) school[1]);
                long done = exemplars.openPhase(2021, 2025).id();
                long current = exemplars.openPhase(2026, 2030).id();
                int n = 0;
                for (Object[] x : (Object[][]) school[2]) {
                    String collective = (String) x[0];
                    ExemplarField field = (ExemplarField) x[1];
                    String topic = (String) x[2];
                    long past = exemplars.add(
                            done,
                            new ExemplarData(
                                    collective == null ? principal : null,
                                    collective,
                                    field,
                                    topic,
                                    null,
                                    collective == null ? null : principal));
                    completed(past, topic, 18 + 7 * n + count, 2 + (n + count) % 4);
                    long now = exemplars.add(
                            current,
                            new ExemplarData(
                                    collective == null ? principal : null,
                                    collective,
                                    field,
                                    topic,
                                    null,
                                    collective == null ? null : principal));
                    begun(now, topic, n);
                    n++;
                    count++;
                }
            }
            log.info(
                    "Demo exemplars seeded: {} exemplars in five Hà Nội schools, phases 2021–2025 and 2026–2030",
                    count);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A model of the 2021–2025 phase: discovered, fostered, reviewed each year, spread to other schools. */
    private void completed(long id, String topic, int participants, int units) {
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.PHAT_HIEN,
                        LocalDate.of(2021, 10, 12),
                        "Mô hình \"" + topic + "\" được tổ chuyên môn đề xuất sau đợt dự giờ, kiểm tra đầu năm."));
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.BOI_DUONG,
                        LocalDate.of(2022, 3, 8),
                        "Bồi dưỡng chuyên đề, hỗ trợ học liệu và kinh phí từ nguồn chi thường xuyên của nhà trường."));
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.TONG_KET,
                        LocalDate.of(2023, 5, 25),
                        "Tổng kết năm học 2022–2023: đạt các tiêu chí đề ra; được đánh giá cao trong hội thi cấp quận."));
        exemplars.addEntry(
                id,
                new EntryData(
                        ExemplarStage.NHAN_RONG,
                        LocalDate.of(2024, 11, 15),
                        "Báo cáo chuyên đề, tiết dạy minh họa cho cán bộ, giáo viên các trường trong cụm.",
                        true,
                        ReplicationKind.TALK,
                        participants,
                        units));
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.TONG_KET,
                        LocalDate.of(2025, 5, 28),
                        "Tổng kết giai đoạn 2021–2025: mô hình duy trì bền vững, đề nghị tiếp tục nhân rộng."));
    }

    /** A model of the 2026–2030 phase: discovered this autumn, the first fostering done or planned. */
    private void begun(long id, String topic, int n) {
        exemplars.addEntry(
                id,
                EntryData.of(
                        ExemplarStage.PHAT_HIEN,
                        LocalDate.of(2026, 9, 20 + n),
                        "Tiếp tục xây dựng mô hình \"" + topic + "\" ở mức cao hơn trong giai đoạn mới."));
        exemplars.addEntry(
                id,
                new EntryData(
                        ExemplarStage.BOI_DUONG,
                        n % 2 == 0 ? LocalDate.of(2026, 11, 6) : LocalDate.of(2027, 2, 24),
                        "Tập huấn nâng cao và trao đổi kinh nghiệm với trường bạn.",
                        n % 2 == 0,
                        null,
                        null,
                        null));
    }
}
