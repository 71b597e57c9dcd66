package vn.thidua.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.criteria.Aggregation;
import vn.thidua.criteria.Band;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetSummary;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Periods;
import vn.thidua.criteria.ScoreCardView;
import vn.thidua.criteria.ScoreSheetData;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoreSheetSummary;
import vn.thidua.criteria.ScoringService;
import vn.thidua.criteria.ScoringType;
import vn.thidua.criteria.SubjectType;

/**
 * Criteria and scores in a realistic state, through the real services: the commune office of Phan Đình Phùng
 * publishes its criteria set for teachers 2026–2027; Mầm non Quang Trung builds its own from it with two local
 * criteria and a monthly score sheet; its staff self-assessed September, October and November 2026 with evidence —
 * September reviewed by the secretary (one adjustment with a comment) and confirmed by the principal, October
 * reviewed, November submitted (Lê Thị Hồng Nhung's still a draft) — so the ranking is not empty.
 */
final class DemoCriteria {

    private static final Logger log = LoggerFactory.getLogger(DemoCriteria.class);
    private static final String SCHOOL = "MN-QUANGTRUNG-TN";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** username, and per month (Sep, Oct, Nov) the values of criteria 1–7 (criterion 4: occurrences). */
    private static final List<Object[]> STAFF = List.of(
            new Object[] {
                "gv.mnqt", new int[][] {{19, 28, 14, 0, 1, 5, 3}, {20, 29, 14, 0, 1, 5, 4}, {20, 28, 15, 0, 1, 5, 2}}
            },
            new Object[] {
                "hoa.tt.mnqt",
                new int[][] {{20, 30, 15, 0, 1, 5, 5}, {20, 29, 15, 0, 1, 5, 5}, {19, 30, 15, 0, 1, 5, 4}}
            },
            new Object[] {
                "ngan.vt.mnqt",
                new int[][] {{18, 25, 12, 1, 1, 4, 0}, {18, 26, 12, 0, 1, 4, 1}, {19, 26, 13, 0, 1, 4, 0}}
            },
            new Object[] {
                "phuong.nt.mnqt",
                new int[][] {{17, 24, 11, 2, 1, 4, 0}, {18, 24, 12, 1, 0, 4, 0}, {18, 25, 12, 1, 1, 4, 0}}
            },
            new Object[] {
                "thao.dp.mnqt",
                new int[][] {{19, 27, 13, 0, 1, 5, 2}, {19, 27, 13, 0, 1, 5, 2}, {19, 28, 13, 0, 1, 5, 2}}
            },
            new Object[] {
                "thuky.mnqt", new int[][] {{20, 28, 14, 0, 1, 5, 3}, {20, 28, 14, 0, 1, 5, 3}, {20, 29, 14, 0, 1, 5, 3}}
            });

    private static final List<String> MONTHS = List.of("2026-09", "2026-10", "2026-11");

    private final ApplicationContext context;
    private final CriteriaService criteria;
    private final ScoreSheetService sheets;
    private final ScoringService scoring;

    DemoCriteria(ApplicationContext context) {
        this.context = context;
        this.criteria = context.getBean(CriteriaService.class);
        this.sheets = context.getBean(ScoreSheetService.class);
        this.scoring = context.getBean(ScoringService.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from criteria_set").query(Long.class).single() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            long sheet = build();
            score(sheet);
            log.info("Demo criteria seeded: phường Phan Đình Phùng → MN Quang Trung, 6 staff × 3 months scored");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long build() {
        as("vhxh.pdp", "XA-PDP-TN");
        CriteriaSetSummary office = criteria.create(
                "Bộ tiêu chí đánh giá, xếp loại thi đua giáo viên năm học 2026 - 2027",
                "2026-2027",
                SubjectType.TEACHER);
        office = criteria.save(
                office.id(),
                office.version(),
                office.name(),
                List.of(
                        c(
                                "1",
                                "Phẩm chất chính trị, đạo đức, lối sống; chấp hành chủ trương của Đảng, pháp luật của"
                                        + " Nhà nước, quy định của ngành",
                                20,
                                ScoringType.SCALE,
                                null,
                                false),
                        c(
                                "2",
                                "Thực hiện nhiệm vụ chuyên môn: kế hoạch, hồ sơ, chăm sóc – nuôi dưỡng – giáo dục trẻ",
                                30,
                                ScoringType.SCALE,
                                null,
                                true),
                        c(
                                "3",
                                "Tự học, bồi dưỡng chuyên môn; đổi mới, sáng tạo trong tổ chức hoạt động giáo dục",
                                15,
                                ScoringType.SCALE,
                                null,
                                false),
                        c(
                                "4",
                                "Chấp hành nội quy, quy chế, ngày giờ công (trừ 3 điểm mỗi lần vi phạm)",
                                15,
                                ScoringType.DEDUCTION,
                                3,
                                false),
                        c(
                                "5",
                                "Tham gia các phong trào thi đua, hoạt động của ngành và địa phương",
                                10,
                                ScoringType.YES_NO,
                                null,
                                false)));
        office = criteria.publish(office.id(), office.version());

        as("hieutruong.mnqt", SCHOOL);
        CriteriaSetSummary school = criteria.deriveFrom(office.id());
        school = criteria.save(
                school.id(),
                school.version(),
                "Bộ tiêu chí thi đua giáo viên, nhân viên Trường MN Quang Trung năm học 2026 - 2027",
                List.of(
                        c(
                                "6",
                                "Xây dựng môi trường giáo dục xanh – sạch – đẹp – an toàn trong nhóm, lớp",
                                5,
                                ScoringType.SCALE,
                                null,
                                false),
                        c("7", "Sáng kiến, việc làm hay được nhà trường ghi nhận", 5, ScoringType.BONUS, null, false)));
        school = criteria.publish(school.id(), school.version());
        ScoreSheetSummary sheet = sheets.create(new ScoreSheetData(
                "Bảng điểm thi đua hằng tháng năm học 2026 - 2027",
                school.id(),
                BigDecimal.valueOf(100),
                Periods.months("2026-2027", 9, 9),
                Aggregation.MEAN,
                null,
                List.of(
                        new Band("Tốt", BigDecimal.valueOf(90), BigDecimal.valueOf(100), null),
                        new Band("Khá", BigDecimal.valueOf(70), BigDecimal.valueOf(90), null),
                        new Band("Đạt", BigDecimal.valueOf(50), BigDecimal.valueOf(70), null),
                        new Band("Chưa đạt", BigDecimal.ZERO, BigDecimal.valueOf(50), null)),
                24));
        return sheet.id();
    }

    private void score(long sheet) {
        for (Object[] person : STAFF) {
            String username = (String) person[0];
            int[][] months = (int[][]) person[1];
            as(username, SCHOOL);
            for (int m = 0; m < MONTHS.size(); m++) {
                int[] v = months[m];
                scoring.saveSelf(
                        sheet,
                        MONTHS.get(m),
                        Map.of(
                                "1", bd(v[0]), "2", bd(v[1]), "3", bd(v[2]), "4", bd(v[3]), "5", bd(v[4]), "6",
                                bd(v[5]), "7", bd(v[6])));
                scoring.addEvidence(sheet, MONTHS.get(m), "2", "ke-hoach-giao-duc-thang-" + (9 + m) + ".pdf", PDF);
                boolean lastDraft = username.equals("gv.mnqt") && m == 2;
                if (!lastDraft) {
                    scoring.submit(sheet, MONTHS.get(m));
                }
            }
        }
        as("thuky.mnqt", SCHOOL);
        for (String month : List.of("2026-09", "2026-10")) {
            for (ScoreCardView card : scoring.cards(sheet, month)) {
                if (card.personName().equals("Nông Thị Phương") && month.equals("2026-09")) {
                    scoring.review(
                            card.id(),
                            card.version(),
                            Map.of("2", bd(22)),
                            "Hồ sơ chăm sóc trẻ tháng 9 chưa cập nhật đủ; trừ 2 điểm tiêu chí 2");
                } else {
                    scoring.review(card.id(), card.version(), Map.of(), null);
                }
            }
        }
        as("hieutruong.mnqt", SCHOOL);
        for (ScoreCardView card : scoring.cards(sheet, "2026-09")) {
            scoring.confirm(card.id(), card.version());
        }
        SecurityContextHolder.clearContext();
    }

    private static Criterion c(String code, String title, int max, ScoringType type, Integer per, boolean evidence) {
        return new Criterion(
                code,
                title,
                BigDecimal.valueOf(max),
                type,
                per == null ? null : BigDecimal.valueOf(per),
                null,
                evidence,
                false);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private void as(String username, String unitCode) {
        DemoLogins.as(context, username, unitCode);
    }
}
