package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionService;
import vn.thidua.award.OwnAwardData;

/**
 * Four school years (2022-2026) of schools' own Giấy khen decisions in Thái Nguyên and Hà Nội, through the real services, so that
 * the dashboards show a trend and every level has history (the read model follows the decisions' events).
 */
final class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private record School(String head, String code, String headName, String place, List<String[]> staff) {}

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] GIVEN = {
        "Thị Mai Anh",
        "Văn Đức",
        "Thị Thu Hương",
        "Minh Tuấn",
        "Thị Lan Phương",
        "Quang Huy",
        "Thị Bích Ngọc",
        "Hoàng Nam",
        "Thị Thanh Tâm",
        "Văn Long",
        "Thị Hải Yến",
        "Đức Thắng"
    };

    private static final List<School> SCHOOLS = List.of(
            new School(
                    "hieutruong.mnqt",
                    "MN-QUANGTRUNG-TN",
                    "Nguyễn Thị Thanh Hương",
                    "Phan Đình Phùng",
                    List.of(
                            new String[] {"Lê Thị Hồng Nhung", "Giáo viên lớp 5 tuổi A1", "gv.mnqt"},
                            new String[] {"Trần Thị Hoa", "Tổ trưởng chuyên môn", "hoa.tt.mnqt"},
                            new String[] {"Vũ Thị Ngân", "Giáo viên lớp 4 tuổi B2", "ngan.vt.mnqt"},
                            new String[] {"Dương Phương Thảo", "Giáo viên nhà trẻ D1", "thao.dp.mnqt"})),
            new School(
                    "hieutruong.thtv",
                    "TH-TRUNGVUONG-TN",
                    "Đinh Văn Quý",
                    "Phan Đình Phùng",
                    List.of(
                            new String[] {"Triệu Thị Bích", "Giáo viên lớp 3A", "gv.thtv"},
                            new String[] {"Hoàng Thu Trang", "Giáo viên lớp 1B", null},
                            new String[] {"Nguyễn Văn Khải", "Giáo viên Thể dục", null})),
            new School(
                    "hieutruong.thcsnt",
                    "THCS-NHATRANG-TN",
                    "Ngô Thị Thu Hà",
                    "Phan Đình Phùng",
                    List.of(
                            new String[] {"Mạc Văn Trường", "Giáo viên Toán", "gv.thcsnt"},
                            new String[] {"Phùng Thị Lệ", "Giáo viên Ngữ văn", null},
                            new String[] {"Đào Minh Hiếu", "Giáo viên Tiếng Anh", null},
                            new String[] {"Lưu Thị Hằng", "Tổng phụ trách Đội", null},
                            new String[] {"Vi Văn Tú", "Nhân viên thiết bị", null})),
            hanoi("hieutruong.mntrangan", "MN-TRANGAN-HN", "Phạm Thu Trang", "Thanh Xuân", 6),
            hanoi("hieutruong.thcsnhanchinh", "THCS-NHANCHINH-HN", "Nguyễn Thanh Bình", "Thanh Xuân", 9),
            hanoi("hieutruong.thkhuongdinh", "TH-KHUONGDINH-HN", "Trần Thị Minh Ngọc", "Khương Đình", 7),
            hanoi("hieutruong.mnkhuongmai", "MN-KHUONGMAI-HN", "Phạm Thị Lan", "Phương Liệt", 4),
            hanoi("hieutruong.thcsphuongliet", "THCS-PHUONGLIET-HN", "Đỗ Văn Hải", "Phương Liệt", 8),
            hanoi("hieutruong.thptnhanchinh", "THPT-NHANCHINH-HN", "Lê Quang Vinh", "Hà Nội", 10),
            hanoi("hieutruong.thptkhuongdinh", "THPT-KHUONGDINH-HN", "Vũ Thị Thu Hà", "Hà Nội", 7));

    /** A Hà Nội school with {@code size} teachers to honour (names generated, deterministic). */
    private static School hanoi(String head, String code, String headName, String place, int size) {
        List<String[]> staff = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = FAMILY[(code.length() + i) % FAMILY.length] + " "
                    + GIVEN[((code.hashCode() & 0xff) % 5 + i) % GIVEN.length];
            staff.add(new String[] {name, i % 3 == 0 ? "Tổ trưởng chuyên môn" : "Giáo viên", null});
        }
        return new School(head, code, headName, place, staff);
    }

    private final ApplicationContext context;
    private final DecisionService decisions;

    DemoHistory(ApplicationContext context) {
        this.context = context;
        this.decisions = context.getBean(DecisionService.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from award_decision where school_year = '2022-2023'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            int made = 0;
            for (int start = 2022; start <= 2025; start++) {
                String year = start + "-" + (start + 1);
                for (School s : SCHOOLS) {
                    as(s.head(), s.code());
                    long decision = decisions.createDraft(
                            null,
                            new DecisionData(
                                    "Về việc tặng Giấy khen tổng kết năm học " + year,
                                    year,
                                    LocalDate.of(start + 1, 5, 28),
                                    null,
                                    "",
                                    "HIỆU TRƯỞNG",
                                    s.headName(),
                                    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                                    s.place(),
                                    0));
                    // a few more teachers each year: a school's emulation grows
                    int count = Math.min(
                            s.staff().size(), 2 + (start - 2022) + s.staff().size() / 4);
                    for (String[] p : s.staff().subList(0, count)) {
                        decisions.addOwn(
                                decision,
                                new OwnAwardData("INDIVIDUAL", "GIAY_KHEN_CN", p[0], p[1], userId(jdbc, p[2])));
                    }
                    decisions.issue(
                            decision, decisions.details(decision).summary().version());
                    made++;
                }
            }
            log.info("Demo history seeded: {} school decisions over 2022-2026", made);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Long userId(JdbcClient jdbc, String username) {
        return username == null
                ? null
                : jdbc.sql("select id from user_account where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single();
    }

    private void as(String username, String unitCode) {
        DemoLogins.as(context, username, unitCode);
    }
}
