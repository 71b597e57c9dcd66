package vn.thidua.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.eligibility.Discipline;
import vn.thidua.eligibility.InitiativeLevel;
import vn.thidua.eligibility.UnitEligibilityService;
import vn.thidua.eligibility.UnitEligibilityService.Facts;

/**
 * The officer of MN Quang Trung has recorded the initiatives recognised by the school's council on science and
 * initiatives this year (two teachers who registered for Chiến sĩ thi đua cơ sở), and a teacher back from long leave
 * with nine months of service — so Xét điều kiện danh hiệu shows people who qualify and people who do not, and why.
 */
class DemoEligibility {

    private static final Logger log = LoggerFactory.getLogger(DemoEligibility.class);
    private static final String YEAR = "2026-2027";

    private final ApplicationContext context;

    DemoEligibility(ApplicationContext context) {
        this.context = context;
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from elig_person_year").query(Long.class).single() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            DemoLogins.as(context, "hieutruong.mnqt", "MN-QUANGTRUNG-TN");
            UnitEligibilityService service = context.getBean(UnitEligibilityService.class);
            service.record(
                    YEAR,
                    DemoLogins.userId(context, "gv.mnqt"),
                    new Facts(
                            InitiativeLevel.UNIT,
                            "Ứng dụng trò chơi dân gian trong hoạt động phát triển vận động cho trẻ 5 tuổi",
                            Discipline.NONE,
                            12));
            service.record(
                    YEAR,
                    DemoLogins.userId(context, "thuky.mnqt"),
                    new Facts(
                            InitiativeLevel.UNIT,
                            "Xây dựng môi trường học tập lấy trẻ làm trung tâm ở lớp mẫu giáo nhỡ",
                            Discipline.NONE,
                            12));
            service.record(YEAR, DemoLogins.userId(context, "ngan.vt.mnqt"), new Facts(null, null, Discipline.NONE, 9));
            log.info("Demo eligibility seeded: recorded initiatives and service at MN Quang Trung");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
