package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.numbering.NumberSeries;
import vn.thidua.numbering.NumberingService;
import vn.thidua.plan.Milestone;
import vn.thidua.plan.MovementData;
import vn.thidua.plan.MovementKind;
import vn.thidua.plan.MovementService;
import vn.thidua.plan.PlanAnnex;
import vn.thidua.plan.PlanBasis;
import vn.thidua.plan.PlanContent;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanSection;
import vn.thidua.plan.PlanService;

/**
 * Plans in a realistic state, through the real services, after the three real plans the product was built from:
 * Thái Nguyên's cascade on advanced models (Sở → phường Phan Đình Phùng → MN Quang Trung with its registration
 * annex; TH Trưng Vương has not issued yet, THCS Nha Trang is drafting), Đồng Tháp's movement "Đổi mới, sáng tạo"
 * (xã Tân Hộ Cơ → THCS Tân Hộ Cơ), and Khánh Hòa's 2026 movement (xã Cam Lâm issued; TH Cam Đức 2 drafting).
 */
final class DemoPlans {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final ApplicationContext context;
    private final MovementService movements;
    private final PlanService plans;
    private final NumberingService numbering;
    private final TransactionTemplate tx;

    DemoPlans(ApplicationContext context) {
        this.context = context;
        this.movements = context.getBean(MovementService.class);
        this.plans = context.getBean(PlanService.class);
        this.numbering = context.getBean(NumberingService.class);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from plan_document").query(Long.class).single() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            thaiNguyen();
            dongThap();
            khanhHoa();
            log.info("Demo plans seeded: 3 movements, cascades in Thái Nguyên, Đồng Tháp and Khánh Hòa");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // --- Thái Nguyên: building and replicating advanced models (seed 000: 1441/SGDĐT-VP → 825 → 91/KH-MNQT) ---

    private void thaiNguyen() {
        as("admin.sgd.tn", "SGD-TN");
        long movement = movements.create(new MovementData(
                "Xây dựng và nhân rộng điển hình tiên tiến ngành Giáo dục và Đào tạo giai đoạn 2026 - 2030",
                MovementKind.PHASE,
                2026,
                2030,
                "Phát hiện, bồi dưỡng, tổng kết và nhân rộng các tập thể, cá nhân điển hình tiên tiến trong các"
                        + " phong trào thi đua của ngành; tôn vinh tại Hội nghị điển hình tiên tiến năm 2030.",
                "100% đơn vị xây dựng kế hoạch xây dựng điển hình tiên tiến\n"
                        + "Mỗi trường có ít nhất 03 cá nhân hoặc tập thể điển hình\n"
                        + "Tổ chức ít nhất 01 hoạt động nhân rộng mỗi năm học",
                List.of(
                        new Milestone("Các đơn vị ban hành kế hoạch thực hiện", LocalDate.of(2026, 11, 30), null, null),
                        new Milestone("Sơ kết giữa giai đoạn", LocalDate.of(2028, 11, 20), null, null),
                        new Milestone("Tổng kết, Hội nghị điển hình tiên tiến", LocalDate.of(2030, 6, 30), null, null)),
                0));
        movements.launch(movement, movements.get(movement).version());
        continueRegister(2026, 1440);
        long sở = plans.create(null, movement);
        edit(
                sở,
                d -> data(
                        d,
                        LocalDate.of(2026, 10, 10),
                        "Thái Nguyên",
                        "UBND tỉnh Thái Nguyên",
                        "Xây dựng và nhân rộng điển hình tiên tiến ngành Giáo dục và Đào tạo tỉnh Thái Nguyên giai đoạn"
                                + " 2026 - 2030",
                        "KT.",
                        "Giám đốc",
                        "Phó Giám đốc",
                        "Nguyễn Văn Lâm",
                        new PlanContent(
                                List.of(
                                        basis("Căn cứ Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục"
                                                + " đổi mới công tác thi đua, khen thưởng;"),
                                        basis("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;"),
                                        basis("Sở Giáo dục và Đào tạo xây dựng Kế hoạch xây dựng và nhân rộng điển"
                                                + " hình tiên tiến giai đoạn 2026 - 2030 như sau:")),
                                List.of(
                                        new PlanSection(
                                                "I. MỤC ĐÍCH, YÊU CẦU",
                                                "**1. Mục đích**\n- Kịp thời phát hiện, biểu dương, tôn vinh tập thể,"
                                                        + " cá nhân điển hình tiên tiến, gương người tốt, việc tốt, mô hình"
                                                        + " mới, cách làm hay trong toàn ngành.\n**2. Yêu cầu**\n- Công tác"
                                                        + " xây dựng và nhân rộng điển hình tiên tiến được thực hiện đồng bộ"
                                                        + " ở cả bốn khâu: phát hiện, bồi dưỡng, tổng kết và nhân rộng."),
                                        new PlanSection(
                                                "II. NỘI DUNG",
                                                "**1. Phát hiện, lựa chọn điển hình**\n- Mỗi đơn vị lựa chọn tối thiểu"
                                                        + " 03 cá nhân hoặc tập thể tiêu biểu để xây dựng thành điển hình.\n"
                                                        + "**2. Bồi dưỡng, nhân rộng**\n- Tổ chức tuyên truyền, tham quan,"
                                                        + " học tập, trao đổi kinh nghiệm; tôn vinh nhân dịp 20/11."),
                                        new PlanSection(
                                                "III. TỔ CHỨC THỰC HIỆN",
                                                "- Các phòng Văn hóa – Xã hội xã, phường và các đơn vị trực thuộc Sở"
                                                        + " xây dựng kế hoạch thực hiện, gửi về Sở (qua Văn phòng) trước"
                                                        + " ngày 30/11/2026.\n- Văn phòng Sở theo dõi, tổng hợp, báo cáo"
                                                        + " Giám đốc Sở./.")),
                                "IV. TIẾN ĐỘ THỰC HIỆN",
                                2,
                                d.content().timeline(),
                                List.of(),
                                List.of(
                                        "UBND tỉnh (B/c);",
                                        "Các phòng Văn hóa – Xã hội xã, phường;",
                                        "Các đơn vị trực thuộc Sở;",
                                        "Lưu: VT, VP."))));
        edit(sở, d -> d.withSeries(false, "VP"));
        issue(sở);

        as("vhxh.pdp", "XA-PDP-TN");
        continueRegister(2026, 824);
        long phường = plans.deriveFrom(sở);
        edit(phường, d -> {
            PlanContent c = d.content();
            return data(
                    d,
                    LocalDate.of(2026, 10, 17),
                    "Phan Đình Phùng",
                    "UBND phường Phan Đình Phùng",
                    "Xây dựng và nhân rộng điển hình tiên tiến ngành giáo dục và đào tạo phường Phan Đình Phùng giai"
                            + " đoạn 2026 - 2030",
                    "",
                    "Trưởng phòng",
                    "",
                    "Hà Thị Kim Oanh",
                    new PlanContent(
                            c.bases(),
                            c.sections(),
                            c.timelineHeading(),
                            c.timelineAfter(),
                            tightened(
                                    c.timeline(), 0, LocalDate.of(2026, 11, 20), "Các trường mầm non, tiểu học, THCS"),
                            List.of(),
                            List.of("Sở GDĐT (B/c);", "UBND phường (B/c);", "Các trường trên địa bàn;", "Lưu: VT.")));
        });
        long phườngPlan = issue(phường);

        as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        continueRegister(2026, 90);
        long mnqt = plans.deriveFrom(phườngPlan);
        edit(mnqt, d -> {
            PlanContent c = d.content();
            List<PlanBasis> bases = new java.util.ArrayList<>(List.of(
                    basis("Căn cứ Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi"
                            + " đua, khen thưởng;")));
            bases.add(plans.basisFor(sở));
            bases.addAll(c.bases());
            return data(
                    d,
                    LocalDate.of(2026, 10, 20),
                    "Phan Đình Phùng",
                    "UBND phường Phan Đình Phùng",
                    "Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2026 - 2030",
                    "",
                    "Hiệu trưởng",
                    "",
                    "Nguyễn Thị Thanh Hương",
                    new PlanContent(
                            bases,
                            List.of(
                                    new PlanSection(
                                            "",
                                            "Trường mầm non Quang Trung xây dựng Kế hoạch “Xây dựng và nhân rộng điển"
                                                    + " hình tiên tiến giai đoạn 2026 – 2030” như sau:"),
                                    new PlanSection(
                                            "I. MỤC ĐÍCH, YÊU CẦU",
                                            "**1. Mục đích**\n- Tăng cường sự lãnh đạo, chỉ đạo của chi bộ, nhà trường,"
                                                    + " các tổ chức đoàn thể trong việc phát hiện, bồi dưỡng và nhân rộng"
                                                    + " điển hình tiên tiến.\n- Kịp thời phát hiện, biểu dương, tôn vinh"
                                                    + " tập thể, cá nhân điển hình tiên tiến, gương người tốt, việc tốt,"
                                                    + " mô hình mới, cách làm hay.\n**2. Yêu cầu**\nCông tác xây dựng và"
                                                    + " nhân rộng điển hình tiên tiến phải được thực hiện đồng bộ, với sự"
                                                    + " tham gia tích cực của đội ngũ cán bộ quản lý, giáo viên, nhân"
                                                    + " viên trong nhà trường."),
                                    new PlanSection(
                                            "II. NỘI DUNG",
                                            "**1. Nội dung**\n- Tăng cường công tác phát hiện điển hình tiên tiến để"
                                                    + " biểu dương khen thưởng; đặc biệt là các tấm gương trong phong"
                                                    + " trào thi đua “Dạy tốt, học tốt”.\n**2. Đối tượng, tiêu chí gương"
                                                    + " điển hình**\n- Là cán bộ quản lý, giáo viên, nhân viên có tinh thần"
                                                    + " trách nhiệm cao, năng động, sáng tạo trong công tác, gương mẫu đi"
                                                    + " đầu trong mọi lĩnh vực.\n- Hoàn thành xuất sắc nhiệm vụ được"
                                                    + " giao.\n**3. Tiến độ thực hiện**\n- Năm 2026: chọn 3 cá nhân tiêu"
                                                    + " biểu để xây dựng điển hình tiên tiến của nhà trường (danh sách"
                                                    + " kèm theo).\n- Từ năm 2027 đến năm 2029: tiếp tục bồi dưỡng, nhân"
                                                    + " rộng gương điển hình.\n- Năm 2030: tổng kết, tôn vinh tại Hội"
                                                    + " nghị điển hình tiên tiến."),
                                    new PlanSection(
                                            "III. TỔ CHỨC THỰC HIỆN",
                                            "1. Xây dựng kế hoạch, triển khai quán triệt các nội dung của kế hoạch đến"
                                                    + " tất cả các thành viên trong trường.\n2. Các thành viên Hội đồng"
                                                    + " Thi đua, khen thưởng nhà trường trực tiếp theo dõi, chỉ đạo việc"
                                                    + " xây dựng điển hình tiên tiến.\nTrên đây là Kế hoạch xây dựng và"
                                                    + " nhân rộng điển hình tiên tiến giai đoạn 2026 - 2030 của trường mầm"
                                                    + " non Quang Trung./.")),
                            c.timelineHeading(),
                            3,
                            tightened(c.timeline(), 0, LocalDate.of(2026, 10, 31), "Hiệu trưởng"),
                            List.of(new PlanAnnex(
                                    "DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2026 - 2030",
                                    null,
                                    List.of("TT", "Họ và tên", "Chức vụ"),
                                    List.of(
                                            List.of("1", "Nguyễn Thị Thanh Hương", "Hiệu trưởng"),
                                            List.of("2", "Trần Thị Hoa", "Tổ trưởng chuyên môn khối Mẫu giáo lớn"),
                                            List.of("3", "Lê Thị Hồng Nhung", "Giáo viên lớp 5 tuổi A1")))),
                            List.of(
                                    "Phòng VH-XH phường (B/c);",
                                    "BCH Công đoàn cơ sở (Ph/h);",
                                    "Các tổ CM;",
                                    "Lưu: VT.")));
        });
        issue(mnqt);

        // THCS Nha Trang is drafting (not visible to the phường yet); TH Trưng Vương has not started
        as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long thcsnt = plans.deriveFrom(phườngPlan);
        edit(
                thcsnt,
                d -> data(
                        d,
                        d.issueDate(),
                        "Phan Đình Phùng",
                        d.parentBody(),
                        "Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2026 - 2030",
                        "",
                        "Hiệu trưởng",
                        "",
                        "Ngô Thị Thu Hà",
                        d.content()));
    }

    // --- Đồng Tháp: "Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập" (seed 001) ------------------------

    private void dongThap() {
        as("vhxh.tanhoco", "XA-TANHOCO-DT");
        long movement = movements.create(new MovementData(
                "Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập",
                MovementKind.PHASE,
                2025,
                2030,
                "Phong trào thi đua giai đoạn 2025 - 2030 của ngành giáo dục xã Tân Hộ Cơ.",
                "100% trường xây dựng kế hoạch thực hiện\nMỗi trường có ít nhất 01 mô hình, giải pháp đổi mới được"
                        + " công nhận mỗi năm học",
                List.of(
                        new Milestone("Sơ kết Phong trào thi đua", LocalDate.of(2027, 11, 20), null, null),
                        new Milestone("Tổng kết Phong trào thi đua", LocalDate.of(2030, 5, 31), null, null)),
                0));
        movements.launch(movement, movements.get(movement).version());
        continueRegister(2026, 1430);
        long xa = plans.create("2-ke-hoach-phong-trao", movement);
        edit(
                xa,
                d -> data(
                        d,
                        LocalDate.of(2026, 9, 16),
                        "Tân Hộ Cơ",
                        "UBND xã Tân Hộ Cơ",
                        "Về việc thực hiện phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” giai"
                                + " đoạn 2025 - 2030",
                        "",
                        "Trưởng phòng",
                        "",
                        "Phan Thanh Sơn",
                        d.content()));
        long xaPlan = issue(xa);

        as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        long school = plans.deriveFrom(xaPlan);
        edit(school, d -> {
            PlanContent c = d.content();
            return data(
                    d,
                    LocalDate.of(2026, 10, 5),
                    "Tân Hộ Cơ",
                    "UBND xã Tân Hộ Cơ",
                    "Về việc thực hiện phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” giai"
                            + " đoạn 2025 - 2030",
                    "",
                    "Hiệu trưởng",
                    "",
                    "Nguyễn Văn Hiếu",
                    new PlanContent(
                            List.of(
                                    c.bases().getFirst(),
                                    basis("Căn cứ kết quả thực hiện phong trào thi đua “Đổi mới, sáng tạo trong dạy và"
                                            + " học” giai đoạn 2020 - 2025;"),
                                    basis("Căn cứ tình hình thực tế của trường.")),
                            List.of(
                                    new PlanSection(
                                            "",
                                            "Trường THCS Tân Hộ Cơ xây dựng Kế hoạch thực hiện phong trào thi đua “Đổi"
                                                    + " mới, sáng tạo trong quản lý, giảng dạy và học tập” giai đoạn"
                                                    + " 2025 - 2030 như sau:"),
                                    new PlanSection(
                                            "I. MỤC ĐÍCH YÊU CẦU",
                                            "**1. Mục đích**\nTiếp tục xây dựng môi trường giáo dục mở, xanh, sạch, đẹp,"
                                                    + " thân thiện, an toàn; khơi dậy tinh thần đổi mới, sáng tạo của đội"
                                                    + " ngũ nhà giáo, cán bộ quản lý trong giảng dạy, giáo dục, quản lý.\n"
                                                    + "**2. Yêu cầu**\n- Thi đua đổi mới, sáng tạo phải gắn với các nhiệm"
                                                    + " vụ trọng tâm của ngành; thành tích đến đâu khen đến đó."),
                                    new PlanSection(
                                            "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA VÀ TIÊU CHÍ ĐÁNH GIÁ",
                                            "**1. Đối tượng**\nTập thể các Tổ chuyên môn, Tổ văn phòng; cá nhân cán"
                                                    + " bộ, giáo viên, nhân viên và học sinh toàn trường.\n**2. Nội dung"
                                                    + " thi đua**\na) Đối với tập thể: tổ chức thực hiện phong trào thiết"
                                                    + " thực, hiệu quả.\nb) Đối với cá nhân: có nhiều giải pháp đổi mới,"
                                                    + " sáng tạo trong quản lý, giảng dạy, học tập.\n**3. Tiêu chí đánh"
                                                    + " giá**\n- Cán bộ quản lý: tập thể do cá nhân lãnh đạo có phong trào"
                                                    + " thi đua thiết thực, hiệu quả.\n- Giáo viên: có nhiều giải pháp đổi"
                                                    + " mới trong giảng dạy, nghiên cứu khoa học.\n- Nhân viên: có giải pháp"
                                                    + " đổi mới trong thực hiện nhiệm vụ.\n- Học sinh: đạt thành tích xuất"
                                                    + " sắc trong học tập, rèn luyện, trải nghiệm sáng tạo."),
                                    new PlanSection(
                                            "III. HÌNH THỨC VÀ THỜI GIAN XÉT KHEN THƯỞNG",
                                            "a) Khen thưởng hằng năm khi kết thúc học kỳ, kết thúc năm học.\nb) Sơ"
                                                    + " kết Phong trào thi đua vào dịp 20/11/2027.\nc) Tổng kết Phong trào"
                                                    + " thi đua, lồng ghép Hội nghị thi đua yêu nước năm 2030."),
                                    new PlanSection(
                                            "IV. TỔ CHỨC THỰC HIỆN",
                                            "- Hiệu trưởng xây dựng Kế hoạch, kiểm tra, đôn đốc thực hiện.\n- Các tổ"
                                                    + " chuyên môn, tổ văn phòng quán triệt và triển khai; báo cáo kết quả"
                                                    + " khi kết thúc học kỳ, năm học.\nTrên đây là Kế hoạch thực hiện"
                                                    + " phong trào thi đua của Trường THCS Tân Hộ Cơ. Yêu cầu cán bộ,"
                                                    + " giáo viên, nhân viên, học sinh nghiêm túc thực hiện./.")),
                            "V. TIẾN ĐỘ THỰC HIỆN",
                            5,
                            c.timeline(),
                            List.of(),
                            List.of(
                                    "Chi bộ trường (báo cáo);",
                                    "Công đoàn (giám sát);",
                                    "GV, NV (thực hiện);",
                                    "Lưu: VT, website.")));
        });
        issue(school);
    }

    // --- Khánh Hòa: the 2026 socio-economic movement (seed 003: 88/KH-PGDĐT → TH Cam Đức 2) ------------------

    private void khanhHoa() {
        as("vhxh.camlam", "XA-CAMLAM-KH");
        continueRegister(2026, 87);
        long xa = plans.create("2-ke-hoach-phong-trao", null);
        edit(
                xa,
                d -> data(
                        d,
                        LocalDate.of(2026, 2, 18),
                        "Cam Lâm",
                        "UBND xã Cam Lâm",
                        "Tổ chức phát động phong trào “Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội tỉnh"
                                + " Khánh Hòa năm 2026”",
                        "",
                        "Trưởng phòng",
                        "",
                        "Trần Quốc Bảo",
                        d.content()
                                .withTimeline(List.of(
                                        new Milestone(
                                                "Các trường xây dựng kế hoạch phát động",
                                                LocalDate.of(2026, 3, 15),
                                                "Hiệu trưởng các trường",
                                                null),
                                        new Milestone(
                                                "Sơ kết 6 tháng",
                                                LocalDate.of(2026, 7, 15),
                                                "Phòng VH-XH, các trường",
                                                null),
                                        new Milestone(
                                                "Tổng kết năm 2026",
                                                LocalDate.of(2026, 12, 15),
                                                "Phòng VH-XH, các trường",
                                                null)))));
        long xaPlan = issue(xa);

        as("hieutruong.thcd2", "TH-CAMDUC2-KH");
        long school = plans.deriveFrom(xaPlan);
        edit(school, d -> {
            PlanContent c = d.content();
            return data(
                    d,
                    d.issueDate(),
                    "Cam Lâm",
                    "UBND xã Cam Lâm",
                    "Về việc phát động phong trào “Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội"
                            + " tỉnh Khánh Hòa năm 2026” của trường Tiểu học Cam Đức 2",
                    "",
                    "Hiệu trưởng",
                    "",
                    "Nguyễn Thị Ngọc Trâm",
                    new PlanContent(
                            c.bases(),
                            List.of(
                                    new PlanSection(
                                            "I. MỤC ĐÍCH, YÊU CẦU",
                                            "1. Tạo sự chuyển biến mạnh mẽ về nhận thức của cán bộ, viên chức, người"
                                                    + " lao động và học sinh trong toàn trường về vai trò, ý nghĩa của"
                                                    + " công tác thi đua, khen thưởng.\n2. Phát huy sức mạnh tổng hợp của"
                                                    + " toàn trường trong việc tham gia các phong trào thi đua."),
                                    new PlanSection(
                                            "II. NỘI DUNG THỰC HIỆN",
                                            "1. Đẩy mạnh công tác tuyên truyền, giáo dục về vai trò của công tác thi"
                                                    + " đua, khen thưởng.\n2. Tiếp tục phát động phong trào thi đua “Đổi"
                                                    + " mới, sáng tạo trong dạy và học”.\n3. Nâng cao chất lượng hoạt"
                                                    + " động của Hội đồng Thi đua – Khen thưởng cấp trường."),
                                    new PlanSection(
                                            "III. TỔ CHỨC THỰC HIỆN",
                                            "**1. Lãnh đạo nhà trường**\n- Xây dựng kế hoạch phát động phong trào.\n"
                                                    + "**2. Hội đồng thi đua khen thưởng trường**\n- Tổ chức sơ kết,"
                                                    + " tổng kết phong trào thi đua.\n**3. Công đoàn trường**\n- Phối"
                                                    + " hợp tuyên truyền nêu gương, nhân rộng gương người tốt, việc tốt.")),
                            c.timelineHeading(),
                            3,
                            c.timeline(),
                            List.of(),
                            c.recipients()));
        });
    }

    // -----------------------------------------------------------------------------------------------------------

    private void continueRegister(int year, int lastNumber) {
        tx.executeWithoutResult(s -> numbering.continueFrom(NumberSeries.UNIT, year, lastNumber));
    }

    private void edit(long planId, UnaryOperator<PlanData> change) {
        plans.save(planId, change.apply(plans.get(planId).data()));
    }

    private long issue(long planId) {
        plans.issue(planId, plans.get(planId).data().version());
        return planId;
    }

    private static PlanBasis basis(String text) {
        return new PlanBasis(null, text);
    }

    private static List<Milestone> tightened(List<Milestone> timeline, int index, LocalDate due, String who) {
        List<Milestone> result = new java.util.ArrayList<>(timeline);
        Milestone m = result.get(index);
        result.set(index, new Milestone(m.what(), due, who, m.latest()));
        return result;
    }

    private static PlanData data(
            PlanData d,
            LocalDate date,
            String place,
            String parentBody,
            String subject,
            String prefix,
            String title,
            String subtitle,
            String signer,
            PlanContent content) {
        return d.withHeader(date, place, parentBody, subject)
                .withSigner(prefix, title, subtitle, signer)
                .withContent(content);
    }

    private void as(String username, String unitCode) {
        DemoLogins.as(context, username, unitCode);
    }
}
