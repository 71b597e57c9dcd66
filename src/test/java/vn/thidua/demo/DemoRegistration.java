package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.registration.CollectiveData;
import vn.thidua.registration.MyRegistrationData;
import vn.thidua.registration.RegistrationRoundData;
import vn.thidua.registration.RegistrationSending;
import vn.thidua.registration.RegistrationService;
import vn.thidua.registration.RegistrationSummary;
import vn.thidua.registration.TargetData;
import vn.thidua.shared.Dates;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.SubmissionService;

/**
 * Registration of titles in a realistic state, through the real services: Trường MN Quang Trung opened its 2026–2027
 * round in September (targets: 100 % Lao động tiên tiến, 20 % Chiến sĩ thi đua cơ sở, the school Tập thể lao động
 * xuất sắc), seven of its ten staff registered before the deadline (the accountant, the nurse and the cook did not),
 * the school and its senior kindergarten group registered collective titles, three teachers are advanced-model
 * candidates, and the list was sent to phường Phan Đình Phùng, which accepted it.
 */
final class DemoRegistration {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistration.class);
    static final String SCHOOL = "MN-QUANGTRUNG-TN";
    static final String WARD = "XA-PDP-TN";
    static final String YEAR = "2026-2027";
    /** When the school opened its round and its deadline (shown as such once that date is past). */
    static final LocalDate OPENED = LocalDate.of(2026, 9, 7);

    static final LocalDate DEADLINE = LocalDate.of(2026, 9, 30);

    private final ApplicationContext context;
    private final RegistrationService registrations;
    private final RegistrationSending sending;

    DemoRegistration(ApplicationContext context) {
        this.context = context;
        this.registrations = context.getBean(RegistrationService.class);
        this.sending = context.getBean(RegistrationSending.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from registration_round")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            as("hieutruong.mnqt", SCHOOL);
            long round = registrations
                    .openRound(new RegistrationRoundData(
                            "Đăng ký thi đua năm học 2026–2027",
                            YEAR,
                            Dates.today().isAfter(DEADLINE) ? Dates.today() : DEADLINE,
                            List.of(
                                    TargetData.percent("LDTT", 100),
                                    TargetData.percent("CSTD_CO_SO", 20),
                                    TargetData.count("TTLDXS", 1)),
                            0))
                    .id();
            register(
                    "hieutruong.mnqt",
                    round,
                    Set.of("LDTT", "CSTD_CO_SO"),
                    "Lãnh đạo nhà trường hoàn thành xuất sắc nhiệm vụ năm học, giữ vững danh hiệu Tập thể lao động"
                            + " xuất sắc.");
            register(
                    "thuky.mnqt",
                    round,
                    Set.of("LDTT", "CSTD_CO_SO"),
                    "Có sáng kiến ứng dụng công nghệ thông tin trong quản lý chuyên môn được công nhận cấp cơ sở.");
            register(
                    "gv.mnqt",
                    round,
                    Set.of("LDTT", "CSTD_CO_SO"),
                    "Lớp 5 tuổi A1 đạt 100 % trẻ hoàn thành chương trình; có sáng kiến về hoạt động trải nghiệm.");
            register("hoa.tt.mnqt", round, Set.of("LDTT"), "Tổ khối Mẫu giáo lớn đạt Tập thể lao động tiên tiến.");
            register("ngan.vt.mnqt", round, Set.of("LDTT"), "Đạt giáo viên dạy giỏi cấp trường.");
            register("phuong.nt.mnqt", round, Set.of("LDTT"), null);
            register("thao.dp.mnqt", round, Set.of("LDTT"), "Đảm bảo an toàn tuyệt đối cho trẻ nhà trẻ.");

            as("hieutruong.mnqt", SCHOOL);
            registrations.registerCollective(
                    round,
                    null,
                    new CollectiveData(
                            "Trường Mầm non Quang Trung",
                            Set.of("TTLDXS"),
                            null,
                            "Giữ vững trường đạt chuẩn quốc gia mức độ 2, kiểm định chất lượng cấp độ 3."));
            registrations.registerCollective(
                    round, null, new CollectiveData("Tổ chuyên môn khối Mẫu giáo lớn", Set.of("TTLDTT"), null, null));
            List<RegistrationSummary> staff =
                    registrations.overview(round, java.util.Locale.forLanguageTag("vi")).staff().stream()
                            .filter(r -> r.registered())
                            .map(r -> r.registration())
                            .toList();
            model(round, staff, "Lê Thị Hồng Nhung", "Đổi mới tổ chức hoạt động trải nghiệm cho trẻ 5 tuổi");
            model(round, staff, "Trần Thị Hoa", "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm");
            model(round, staff, "Đỗ Thị Lan Anh", "Ứng dụng công nghệ thông tin trong quản lý chuyên môn");

            as("vhxh.pdp", WARD);
            long receiving = sending.openReceivingRound(
                            "Tiếp nhận đăng ký thi đua năm học 2026–2027",
                            YEAR,
                            Dates.today().plusDays(14))
                    .id();
            as("hieutruong.mnqt", SCHOOL);
            sending.send(round, receiving, "demo-registration-mnqt-" + YEAR);
            as("vhxh.pdp", WARD);
            SubmissionService submissions = context.getBean(SubmissionService.class);
            submissions.board(receiving).stream()
                    .filter(r -> r.status() == BoardRow.Status.SENT)
                    .forEach(r -> submissions.accept(r.latest().id(), r.latest().version()));

            if (Dates.today().isAfter(DEADLINE)) {
                // the round was opened in September: its dates as the school set them then
                jdbc.sql("update registration_round set opened_on = :opened, deadline = :deadline where id = :id")
                        .param("opened", OPENED)
                        .param("deadline", DEADLINE)
                        .param("id", round)
                        .update();
            }
            log.info("Demo registration seeded: MN Quang Trung 2026-2027, 7 of 10 staff, sent and accepted");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void register(String username, long round, Set<String> titles, String commitment) {
        as(username, SCHOOL);
        registrations.register(round, new MyRegistrationData(titles, null, commitment));
    }

    private void model(long round, List<RegistrationSummary> staff, String name, String field) {
        RegistrationSummary r =
                staff.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        registrations.markModelCandidate(round, r.id(), true, field);
    }

    private void as(String username, String unitCode) {
        DemoLogins.as(context, username, unitCode);
    }
}
