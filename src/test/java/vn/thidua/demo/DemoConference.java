package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.exemplar.ConferenceProposal;
import vn.thidua.exemplar.ConferenceService;
import vn.thidua.exemplar.EntryData;
import vn.thidua.exemplar.ExemplarData;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.ReplicationKind;
import vn.thidua.shared.Dates;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;

/**
 * The ward office of Phan Đình Phùng opens its advanced-models conference round for 2026–2030; Trường Mầm non
 * Quang Trung proposes two of its exemplars (Lê Thị Hồng Nhung, Trần Thị Hoa) with a tờ trình (sent as DOCX); the
 * ward returns that first version with a reason, the school resends with the replication results added; the ward
 * accepts the proposal and honours Lê Thị Hồng Nhung — so her history shows the honour and Trần Thị Hoa's "đã đề
 * xuất", and the school's conference page both versions, the first with the ward's reason.
 */
final class DemoConference {

    private static final Logger log = LoggerFactory.getLogger(DemoConference.class);
    private static final String SCHOOL = "MN-QUANGTRUNG-TN";
    private static final String WARD = "XA-PDP-TN";

    private final ApplicationContext context;

    DemoConference(ApplicationContext context) {
        this.context = context;
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from exemplar_proposal").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from exemplar_phase")
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        ConferenceService conference = context.getBean(ConferenceService.class);
        ExemplarService exemplars = context.getBean(ExemplarService.class);
        SubmissionService submissions = context.getBean(SubmissionService.class);
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            DemoLogins.as(context, "vhxh.pdp", WARD);
            RoundSummary round = conference.openRound(
                    "Hội nghị điển hình tiên tiến phường Phan Đình Phùng giai đoạn 2026–2030",
                    2026,
                    2030,
                    Dates.today().plusDays(30),
                    "Các trường đề xuất điển hình tiên tiến tiêu biểu kèm tờ trình và báo cáo thành tích.");

            DemoLogins.as(context, "hieutruong.mnqt", SCHOOL);
            long phase = exemplars.phases().getFirst().id();
            List<ExemplarSummary> list = exemplars.exemplars(phase);
            long nhung = find(list, "Lê Thị Hồng Nhung");
            long hoa = find(list, "Trần Thị Hoa");
            String statement = "Trường Mầm non Quang Trung kính đề nghị Ủy ban nhân dân phường Phan Đình Phùng xem xét,"
                    + " biểu dương hai điển hình tiên tiến của nhà trường giai đoạn 2026–2030.";
            conference.propose(round.id(), List.of(nhung, hoa), statement, "demo-conference-mnqt-1");

            // the ward sends the first version back with a reason; the school completes its tờ trình and resends
            DemoLogins.as(context, "vhxh.pdp", WARD);
            ConferenceProposal returned = conference.proposals(round.id()).getFirst();
            conference.returnProposal(
                    round.id(),
                    returned.inboxSubmissionId(),
                    returned.inboxVersion(),
                    "Đề nghị nhà trường nêu rõ kết quả nhân rộng của từng điển hình trong tờ trình.");
            DemoLogins.as(context, "hieutruong.mnqt", SCHOOL);
            conference.propose(
                    round.id(),
                    List.of(nhung, hoa),
                    statement + "\nCô Lê Thị Hồng Nhung đã tổ chức tiết dạy mẫu cho 24 giáo viên của 3 trường trên"
                            + " địa bàn phường; cô Trần Thị Hoa chia sẻ kinh nghiệm tổ chức hoạt động trải nghiệm"
                            + " trong tổ chuyên môn.",
                    "demo-conference-mnqt");

            DemoLogins.as(context, "vhxh.pdp", WARD);
            List<ConferenceProposal> received = conference.proposals(round.id());
            ConferenceProposal first = received.getFirst();
            submissions.accept(first.inboxSubmissionId(), first.inboxVersion());
            conference.honour(
                    round.id(),
                    first.inboxSubmissionId(),
                    nhung,
                    "Biểu dương tại Hội nghị điển hình tiên tiến phường Phan Đình Phùng giai đoạn 2026–2030",
                    LocalDate.of(2026, 12, 5));
            log.info(
                    "Demo conference seeded: {} with {} proposals from MN Quang Trung, one honoured",
                    round.name(),
                    received.size());
            provinceConference(conference, exemplars);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The department's conference, open: the ward has built two of its schools into collective models and proposed
     * both with its tờ trình; the department has not acted yet ({@code thiduakt.sgd.tn} accepts, honours or returns).
     */
    private void provinceConference(ConferenceService conference, ExemplarService exemplars) {
        DemoLogins.as(context, "thiduakt.sgd.tn", "SGD-TN");
        RoundSummary province = conference.openRound(
                "Hội nghị điển hình tiên tiến ngành Giáo dục tỉnh Thái Nguyên giai đoạn 2026–2030",
                2026,
                2030,
                Dates.today().plusDays(60),
                "Các đơn vị trực thuộc đề xuất tập thể, cá nhân điển hình tiên tiến tiêu biểu kèm tờ trình.");
        DemoLogins.as(context, "vhxh.pdp", WARD);
        long phase = exemplars.openPhase(2026, 2030).id();
        long quangTrung = exemplars.add(
                phase,
                new ExemplarData(
                        null,
                        "Trường Mầm non Quang Trung",
                        ExemplarField.CHILD_CARE,
                        "Trường mầm non lấy trẻ làm trung tâm",
                        null,
                        null));
        long trungVuong = exemplars.add(
                phase,
                new ExemplarData(
                        null, "Trường Tiểu học Trưng Vương", ExemplarField.MANAGEMENT, "Trường học số", null, null));
        exemplars.addEntry(
                quangTrung,
                EntryData.of(
                        ExemplarStage.PHAT_HIEN,
                        LocalDate.of(2026, 9, 25),
                        "Nhà trường có ba điển hình tiên tiến được phường biểu dương; môi trường lớp học đạt chuẩn."));
        exemplars.addEntry(
                quangTrung,
                new EntryData(
                        ExemplarStage.NHAN_RONG,
                        LocalDate.of(2026, 12, 5),
                        "Báo cáo điển hình tại Hội nghị điển hình tiên tiến phường giai đoạn 2026–2030.",
                        true,
                        ReplicationKind.TALK,
                        60,
                        9));
        exemplars.addEntry(
                trungVuong,
                EntryData.of(
                        ExemplarStage.PHAT_HIEN,
                        LocalDate.of(2026, 10, 2),
                        "Số hóa hồ sơ chuyên môn, sổ điểm điện tử và thư viện số dùng chung cho cả trường."));
        conference.propose(
                province.id(),
                List.of(quangTrung, trungVuong),
                "Ủy ban nhân dân phường Phan Đình Phùng kính đề nghị Sở Giáo dục và Đào tạo xem xét, biểu dương hai"
                        + " tập thể điển hình tiên tiến của phường giai đoạn 2026–2030.",
                "demo-conference-pdp");
        log.info("Demo conference seeded: {} with the ward's 2 proposals, not acted on yet", province.name());
    }

    private static long find(List<ExemplarSummary> list, String name) {
        return list.stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
