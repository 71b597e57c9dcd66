package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionService;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.nomination.ConsolidationCandidate;
import vn.thidua.nomination.DisclosureService;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.shared.Dates;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;

/**
 * The rollup in a realistic state, through the real services: Thái Nguyên's Sở has a round open for provincial
 * titles (one school accepted, one returned and resent, one still preparing, the ward office consolidating); the
 * ward office's own round for Lao động tiên tiến / Giấy khen was decided, so teachers have award history.
 */
final class DemoRollup {

    private static final Logger log = LoggerFactory.getLogger(DemoRollup.class);

    private final ApplicationContext context;
    private final RoundService rounds;
    private final NominationService nominations;
    private final SubmissionService submissions;
    private final DecisionService decisions;

    DemoRollup(ApplicationContext context) {
        this.context = context;
        this.rounds = context.getBean(RoundService.class);
        this.nominations = context.getBean(NominationService.class);
        this.submissions = context.getBean(SubmissionService.class);
        this.decisions = context.getBean(DecisionService.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from collection_round").query(Long.class).single() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            decidedWardRound();
            provincialRoundInProgress();
            wardRoundWithPublicDisclosure();
            hanoiWardRound();
            log.info("Demo rollup seeded: 4 rounds, dossiers, submissions and one issued decision");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Phường Phan Đình Phùng's round for LĐTT / Giấy khen 2025-2026: sent, accepted, decided. */
    private void decidedWardRound() {
        as("vhxh.pdp", "XA-PDP-TN");
        long round = rounds.open(new RoundData(
                        "Xét tặng danh hiệu Lao động tiên tiến, Giấy khen năm học 2025-2026",
                        "2025-2026",
                        Dates.today().plusDays(1),
                        Set.of("LDTT", "GIAY_KHEN_CN", "TTLDTT", "GIAY_KHEN_TT"),
                        "Các trường gửi tờ trình, biên bản họp Hội đồng TĐKT và danh sách đề nghị.",
                        0))
                .id();
        send(
                "hieutruong.mnqt",
                "MN-QUANGTRUNG-TN",
                round,
                List.of(
                        nominee("LDTT", "Lê Thị Hồng Nhung", "Giáo viên lớp 5 tuổi A1", 9, "gv.mnqt"),
                        nominee("LDTT", "Trần Thị Hoa", "Tổ trưởng chuyên môn khối Mẫu giáo lớn", 17, "hoa.tt.mnqt"),
                        nominee("LDTT", "Vũ Thị Ngân", "Giáo viên lớp 4 tuổi B2", 6, "ngan.vt.mnqt"),
                        nominee("GIAY_KHEN_CN", "Nông Thị Phương", "Giáo viên lớp 3 tuổi C1", 12, "phuong.nt.mnqt")));
        send(
                "hieutruong.thtv",
                "TH-TRUNGVUONG-TN",
                round,
                List.of(
                        nominee("LDTT", "Triệu Thị Bích", "Giáo viên lớp 3A", 14, "gv.thtv"),
                        nominee("LDTT", "Đinh Văn Quý", "Hiệu trưởng", 22, "hieutruong.thtv")));
        as("vhxh.pdp", "XA-PDP-TN");
        submissions.acceptAll(submissions.board(round).stream()
                .filter(r -> r.status() == BoardRow.Status.SENT)
                .map(r -> r.latest().id())
                .toList());
        long decision = decisions.createDraft(
                round,
                new DecisionData(
                        "Về việc tặng danh hiệu Lao động tiên tiến và Giấy khen năm học 2025-2026",
                        "2025-2026",
                        LocalDate.of(2026, 6, 25),
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG",
                        "",
                        "CHỦ TỊCH",
                        "Hoàng Văn Hùng",
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                                + "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
                                + "Căn cứ Nghị định số 152/2025/NĐ-CP quy định chi tiết thi hành một số điều của Luật"
                                + " Thi đua, khen thưởng;\n"
                                + "Xét đề nghị của Trưởng phòng Văn hóa – Xã hội.",
                        "Phan Đình Phùng",
                        0));
        decisions.addItems(
                decision,
                decisions.candidates(decision).stream()
                        .map(c -> new ReceivedItemRef(
                                c.received().inboxSubmissionId(),
                                c.received().item().seq()))
                        .toList());
        decisions.issue(decision, decisions.details(decision).summary().version());
        rounds.setClosed(round, true);
    }

    /** The Sở's round for provincial titles, in progress. */
    private void provincialRoundInProgress() {
        as("admin.sgd.tn", "SGD-TN");
        long round = rounds.open(new RoundData(
                        "Đề nghị Bằng khen, Chiến sĩ thi đua cấp tỉnh năm học 2025-2026",
                        "2025-2026",
                        Dates.today().plusDays(18),
                        Set.of("CSTD_TINH", "CSTD_CO_SO", "TTLDXS", "BANG_KHEN_TINH_CN", "BANG_KHEN_TINH_TT"),
                        "Thực hiện Hướng dẫn công tác thi đua, khen thưởng năm học 2025-2026 của Sở GD&ĐT.",
                        0))
                .id();
        OrgUnitService units = context.getBean(OrgUnitService.class);
        rounds.allot(round, units.findByCode("XA-PDP-TN").orElseThrow().id(), "CSTD_TINH", 2);
        rounds.allot(round, units.findByCode("XA-PDP-TN").orElseThrow().id(), "BANG_KHEN_TINH_CN", 4);
        as("vhxh.pdp", "XA-PDP-TN");
        for (String school : List.of("MN-QUANGTRUNG-TN", "TH-TRUNGVUONG-TN", "THCS-NHATRANG-TN")) {
            rounds.allot(round, units.findByCode(school).orElseThrow().id(), "BANG_KHEN_TINH_CN", 2);
        }
        rounds.allot(round, units.findByCode("MN-QUANGTRUNG-TN").orElseThrow().id(), "CSTD_TINH", 1);

        send(
                "hieutruong.mnqt",
                "MN-QUANGTRUNG-TN",
                round,
                List.of(
                        cstd("CSTD_TINH", "Trần Thị Hoa", "Tổ trưởng chuyên môn khối Mẫu giáo lớn", 17, "hoa.tt.mnqt"),
                        nominee("BANG_KHEN_TINH_CN", "Nguyễn Thị Thanh Hương", "Hiệu trưởng", 24, "hieutruong.mnqt"),
                        nominee("BANG_KHEN_TINH_CN", "Lê Thị Hồng Nhung", "Giáo viên lớp 5 tuổi A1", 9, "gv.mnqt")));
        long thtv = send(
                "hieutruong.thtv",
                "TH-TRUNGVUONG-TN",
                round,
                List.of(
                        nominee("BANG_KHEN_TINH_CN", "Triệu Thị Bích", "Giáo viên lớp 3A", 14, "gv.thtv"),
                        cstd("CSTD_CO_SO", "Đinh Văn Quý", "Hiệu trưởng", 22, "hieutruong.thtv")));
        as("vhxh.pdp", "XA-PDP-TN");
        long thtvId = units.findByCode("TH-TRUNGVUONG-TN").orElseThrow().id();
        long mnqtId = units.findByCode("MN-QUANGTRUNG-TN").orElseThrow().id();
        var thtvSent = submissions.receivedFrom(round, thtvId).getFirst();
        submissions.returnToSender(
                thtvSent.id(),
                thtvSent.version(),
                "Đề nghị bổ sung số điện thoại liên hệ và báo cáo thành tích của thầy Đinh Văn Quý theo mẫu.");
        var mnqtSent = submissions.receivedFrom(round, mnqtId).getFirst();
        submissions.accept(mnqtSent.id(), mnqtSent.version());
        as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        var quy = nominations.details(thtv).nominees().get(1);
        NomineeData d = quy.toData();
        nominations.updateNominee(
                quy.id(),
                new NomineeData(
                        d.subject(),
                        d.awardCode(),
                        d.fullName(),
                        d.position(),
                        d.workUnit(),
                        d.yearsOfService(),
                        d.achievementSummary(),
                        "0208 3855 246",
                        d.email(),
                        d.personUserId(),
                        d.reportText(),
                        d.initiativeText(),
                        d.version()));
        nominations.send(thtv, UUID.randomUUID().toString());
        // THCS Nha Trang is still preparing: one nominee, no council minutes yet
        as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long nt = nominations.openDossier(round);
        nominations.addNominee(nt, nominee("BANG_KHEN_TINH_CN", "Mạc Văn Trường", "Giáo viên Toán", 11, "gv.thcsnt"));
        // the ward office has started its consolidated dossier from what it accepted
        as("vhxh.pdp", "XA-PDP-TN");
        long office = nominations.openDossier(round);
        List<ConsolidationCandidate> accepted = nominations.candidates(office);
        nominations.addReceived(
                office,
                accepted.stream()
                        .map(c -> new ReceivedItemRef(
                                c.received().inboxSubmissionId(),
                                c.received().item().seq()))
                        .toList());
    }

    /** The ward's mid-year round asks for a public disclosure; MN Quang Trung published its list, a teacher commented. */
    private void wardRoundWithPublicDisclosure() {
        as("vhxh.pdp", "XA-PDP-TN");
        long round = rounds.open(new RoundData(
                        "Giấy khen phong trào \"Trường học hạnh phúc\" học kỳ I năm học 2026-2027",
                        "2026-2027",
                        Dates.today().plusDays(12),
                        Set.of("GIAY_KHEN_CN", "GIAY_KHEN_TT"),
                        "Các trường công khai danh sách đề nghị 3 ngày làm việc trước khi gửi.",
                        3,
                        0))
                .id();
        as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier, nominee("GIAY_KHEN_CN", "Dương Phương Thảo", "Giáo viên nhà trẻ D1", 4, "thao.dp.mnqt"));
        nominations.addNominee(dossier, nominee("GIAY_KHEN_CN", "Hoàng Hải Yến", "Kế toán", 8, "yen.hh.mnqt"));
        nominations.attachMinutes(
                dossier, "bien-ban-hop-hoi-dong-tdkt-hk1.docx", minutes("Trường Mầm non Quang Trung", 2));
        long published =
                context.getBean(DisclosureService.class).publish(dossier).id();
        as("gv.mnqt", "MN-QUANGTRUNG-TN");
        context.getBean(DisclosureService.class)
                .comment(published, "Đề nghị nhà trường xem xét thêm cô Nông Thị Phương, tổ trưởng tổ Mẫu giáo bé.");
    }

    /** Hà Nội, phường Thanh Xuân: MN Tràng An's list accepted, THCS Nhân Chính's returned for a correction. */
    private void hanoiWardRound() {
        as("vhxh.thanhxuan", "XA-THANHXUAN-HN");
        long round = rounds.open(new RoundData(
                        "Xét tặng danh hiệu Lao động tiên tiến năm học 2025-2026",
                        "2025-2026",
                        Dates.today().plusDays(10),
                        Set.of("LDTT", "GIAY_KHEN_CN"),
                        "Các trường gửi danh sách đề nghị kèm biên bản họp Hội đồng TĐKT.",
                        0))
                .id();
        send(
                "hieutruong.mntrangan",
                "MN-TRANGAN-HN",
                round,
                List.of(
                        nominee("LDTT", "Đặng Thị Minh Châu", "Giáo viên lớp 5 tuổi", 8, "gv.mntrangan"),
                        nominee("LDTT", "Phạm Thu Trang", "Hiệu trưởng", 19, "hieutruong.mntrangan")));
        send(
                "hieutruong.thcsnhanchinh",
                "THCS-NHANCHINH-HN",
                round,
                List.of(nominee("LDTT", "Nguyễn Thanh Bình", "Hiệu trưởng", 21, "hieutruong.thcsnhanchinh")));
        as("vhxh.thanhxuan", "XA-THANHXUAN-HN");
        for (BoardRow row : submissions.board(round)) {
            if (row.status() != BoardRow.Status.SENT) {
                continue;
            }
            if (row.member().code().equals("MN-TRANGAN-HN")) {
                submissions.accept(row.latest().id(), row.latest().version());
            } else {
                submissions.returnToSender(
                        row.latest().id(),
                        row.latest().version(),
                        "Đề nghị bổ sung báo cáo thành tích có xác nhận của Hội đồng TĐKT nhà trường.");
            }
        }
    }

    private long send(String head, String school, long round, List<NomineeData> people) {
        as(head, school);
        long dossier = nominations.openDossier(round);
        for (NomineeData n : people) {
            nominations.addNominee(dossier, n);
        }
        String unitName = context.getBean(OrgUnitService.class)
                .findByCode(school)
                .orElseThrow()
                .name();
        nominations.attachMinutes(dossier, "bien-ban-hop-hoi-dong-tdkt.docx", minutes(unitName, people.size()));
        nominations.send(dossier, UUID.randomUUID().toString());
        return dossier;
    }

    private NomineeData nominee(String code, String name, String position, int years, String username) {
        return new NomineeData(
                "INDIVIDUAL",
                code,
                name,
                position,
                schoolOf(username),
                years,
                "Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026; tích cực đổi mới phương pháp, có học sinh/trẻ tiến bộ"
                        + " rõ rệt; tham gia tốt các phong trào thi đua của ngành.",
                "0912 " + (100_000 + Math.abs(name.hashCode() % 899_999)),
                username + "@demo.thidua.example.vn",
                userId(username),
                "Báo cáo thành tích năm học 2025-2026: thực hiện tốt chương trình, chuyên đề cấp trường, được"
                        + " đồng nghiệp và cha mẹ học sinh tín nhiệm; không vi phạm quy định của ngành.",
                null,
                0);
    }

    private NomineeData cstd(String code, String name, String position, int years, String username) {
        NomineeData n = nominee(code, name, position, years, username);
        return new NomineeData(
                n.subject(),
                n.awardCode(),
                n.fullName(),
                n.position(),
                n.workUnit(),
                n.yearsOfService(),
                n.achievementSummary(),
                n.phone(),
                n.email(),
                n.personUserId(),
                n.reportText(),
                "Sáng kiến \"Tổ chức hoạt động trải nghiệm gắn với văn hóa địa phương\" được Hội đồng sáng kiến"
                        + " công nhận ngày 15/4/2026",
                n.version());
    }

    private String schoolOf(String username) {
        if (username.endsWith("mnqt")) {
            return "Trường Mầm non Quang Trung";
        }
        if (username.endsWith("thtv")) {
            return "Trường Tiểu học Trưng Vương";
        }
        if (username.endsWith("mntrangan")) {
            return "Trường Mầm non Tràng An";
        }
        if (username.endsWith("nhanchinh")) {
            return "Trường THCS Nhân Chính";
        }
        return "Trường THCS Nha Trang";
    }

    private Long userId(String username) {
        return context.getBean(JdbcClient.class)
                .sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private void as(String username, String unitCode) {
        DemoLogins.as(context, username, unitCode);
    }

    /** A real council minutes document (DOCX) for the demo dossiers. */
    static byte[] minutes(String unitName, int count) {
        return DocxRenderer.render(OfficialDocument.builder(unitName.toUpperCase(), "BIÊN BẢN")
                .parentBody("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG")
                .number("Số: 02/BB-HĐTĐKT")
                .placeAndDate(VietnameseDates.placeAndDate("Phan Đình Phùng", LocalDate.of(2026, 5, 20)))
                .subject("Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng năm học 2025-2026")
                .block(Block.paragraph("Hội đồng họp lúc 14 giờ 00 ngày 20/5/2026, có mặt 9/9 thành viên."))
                .block(Block.paragraph("Hội đồng thống nhất đề nghị " + count
                        + " cá nhân như danh sách kèm theo; tỷ lệ nhất trí 100%."))
                .recipient("Lưu: VT, HĐTĐKT.")
                .signature(new Signature("TM.", "HỘI ĐỒNG", "CHỦ TỊCH", "Nguyễn Thị Thanh Hương"))
                .build());
    }
}
