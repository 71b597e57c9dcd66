package vn.thidua.demo;

import static vn.thidua.identity.Role.COUNCIL_MEMBER;
import static vn.thidua.identity.Role.EMULATION_OFFICER;
import static vn.thidua.identity.Role.STAFF;
import static vn.thidua.identity.Role.UNIT_ADMIN;
import static vn.thidua.identity.Role.UNIT_HEAD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserProvisioning;
import vn.thidua.identity.UserProvisioning.Provision;

/**
 * Demo users for the demo tenants of tenants-config (a school year in progress: each demo school has its head,
 * its emulation officer and its teachers; each intermediate office and department its officers). Idempotent.
 * Lives in test sources: the production jar has no demo data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoData {

    public static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The province administrators of tenants-config get the demo password too (their password-env). */
    DemoData(ConfigurableEnvironment environment) {
        Map<String, Object> passwords = Map.of(
                "THIDUA_ADMIN_TN_PASSWORD", PASSWORD,
                "THIDUA_ADMIN_DT_PASSWORD", PASSWORD,
                "THIDUA_ADMIN_AG_PASSWORD", PASSWORD,
                "THIDUA_ADMIN_KH_PASSWORD", PASSWORD,
                "THIDUA_ADMIN_HN_PASSWORD", PASSWORD);
        environment.getPropertySources().addLast(new MapPropertySource("demo-passwords", passwords));
    }

    public static List<Provision> people() {
        List<Provision> p = new ArrayList<>();
        // Thái Nguyên — Trường MN Quang Trung (school), phường Phan Đình Phùng (commune office), Sở
        p.add(person(
                "hieutruong.mnqt",
                "Nguyễn Thị Thanh Hương",
                "MN-QUANGTRUNG-TN",
                Set.of(UNIT_HEAD, UNIT_ADMIN, EMULATION_OFFICER, STAFF),
                "Hiệu trưởng"));
        p.add(person(
                "hieutruong.mnqt",
                "Nguyễn Thị Thanh Hương",
                "XA-PDP-TN",
                Set.of(COUNCIL_MEMBER),
                "Thành viên Hội đồng TĐKT phường"));
        p.add(person(
                "thuky.mnqt",
                "Đỗ Thị Lan Anh",
                "MN-QUANGTRUNG-TN",
                Set.of(EMULATION_OFFICER, COUNCIL_MEMBER, STAFF),
                "Phó Hiệu trưởng, Thư ký Hội đồng TĐKT"));
        String[][] mnqtTeachers = {
            {"gv.mnqt", "Lê Thị Hồng Nhung", "Giáo viên lớp 5 tuổi A1"},
            {"hoa.tt.mnqt", "Trần Thị Hoa", "Tổ trưởng chuyên môn khối Mẫu giáo lớn"},
            {"ngan.vt.mnqt", "Vũ Thị Ngân", "Giáo viên lớp 4 tuổi B2"},
            {"phuong.nt.mnqt", "Nông Thị Phương", "Giáo viên lớp 3 tuổi C1"},
            {"thao.dp.mnqt", "Dương Phương Thảo", "Giáo viên nhà trẻ D1"},
            {"yen.hh.mnqt", "Hoàng Hải Yến", "Kế toán"},
            {"mai.lt.mnqt", "Lương Thị Mai", "Nhân viên y tế"},
            {"tuyet.ma.mnqt", "Ma Thị Tuyết", "Nhân viên nấu ăn"}
        };
        for (String[] t : mnqtTeachers) {
            p.add(person(t[0], t[1], "MN-QUANGTRUNG-TN", Set.of(STAFF), t[2]));
        }
        p.add(person(
                "vhxh.pdp",
                "Phạm Văn Dũng",
                "XA-PDP-TN",
                Set.of(EMULATION_OFFICER, UNIT_ADMIN, STAFF),
                "Chuyên viên Phòng Văn hóa – Xã hội phụ trách giáo dục, TĐKT"));
        p.add(person(
                "truongphong.pdp",
                "Hà Thị Kim Oanh",
                "XA-PDP-TN",
                Set.of(UNIT_HEAD, STAFF),
                "Trưởng phòng Văn hóa – Xã hội"));
        p.add(person("vanthu.pdp", "Lò Thị Duyên", "XA-PDP-TN", Set.of(STAFF), "Văn thư"));
        p.add(person(
                "vanthu.quyetthang", "Bế Văn Thành", "XA-QUYETTHANG-TN", Set.of(STAFF), "Công chức Văn hóa – Xã hội"));
        p.add(person("gv.mnthinhdan", "Âu Thị Huyền", "MN-THINHDAN-TN", Set.of(STAFF), "Giáo viên"));
        p.add(person(
                "chuyenvien.sgd.tn", "Lý Văn Khánh", "SGD-TN", Set.of(STAFF), "Chuyên viên Phòng Giáo dục Mầm non"));
        p.add(person(
                "thiduakt.sgd.tn",
                "Hoàng Minh Tuấn",
                "SGD-TN",
                Set.of(EMULATION_OFFICER, STAFF),
                "Chuyên viên Văn phòng Sở phụ trách TĐKT"));
        p.add(person(
                "hieutruong.thtv",
                "Đinh Văn Quý",
                "TH-TRUNGVUONG-TN",
                Set.of(UNIT_HEAD, UNIT_ADMIN, STAFF),
                "Hiệu trưởng"));
        p.add(person("gv.thtv", "Triệu Thị Bích", "TH-TRUNGVUONG-TN", Set.of(STAFF), "Giáo viên lớp 3A"));
        p.add(person(
                "hieutruong.thcsnt",
                "Ngô Thị Thu Hà",
                "THCS-NHATRANG-TN",
                Set.of(UNIT_HEAD, UNIT_ADMIN, EMULATION_OFFICER, STAFF),
                "Hiệu trưởng"));
        p.add(person("gv.thcsnt", "Mạc Văn Trường", "THCS-NHATRANG-TN", Set.of(STAFF), "Giáo viên Toán"));
        // Đồng Tháp — Trường THCS Tân Hộ Cơ and xã Tân Hộ Cơ
        p.add(person(
                "hieutruong.thcsthc",
                "Nguyễn Văn Hiếu",
                "THCS-TANHOCO-DT",
                Set.of(UNIT_HEAD, UNIT_ADMIN, STAFF),
                "Hiệu trưởng"));
        p.add(person(
                "thuky.thcsthc",
                "Lê Thị Mỹ Linh",
                "THCS-TANHOCO-DT",
                Set.of(EMULATION_OFFICER, COUNCIL_MEMBER, STAFF),
                "Phó Hiệu trưởng, Thư ký Hội đồng TĐKT"));
        String[][] thcTeachers = {
            {"gv.thcsthc", "Trần Văn Phúc", "Giáo viên Toán, Tổ trưởng tổ Tự nhiên"},
            {"thuy.nt.thcsthc", "Nguyễn Thị Thúy", "Giáo viên Ngữ văn"},
            {"khang.vm.thcsthc", "Võ Minh Khang", "Giáo viên Tiếng Anh"},
            {"diem.ht.thcsthc", "Huỳnh Thị Diễm", "Tổng phụ trách Đội"}
        };
        for (String[] t : thcTeachers) {
            p.add(person(t[0], t[1], "THCS-TANHOCO-DT", Set.of(STAFF), t[2]));
        }
        p.add(person(
                "vhxh.tanhoco",
                "Phan Thanh Sơn",
                "XA-TANHOCO-DT",
                Set.of(EMULATION_OFFICER, UNIT_ADMIN, STAFF),
                "Công chức Văn hóa – Xã hội"));
        p.add(person("vanthu.tanhoco", "Lê Ngọc Hân", "XA-TANHOCO-DT", Set.of(STAFF), "Văn thư"));
        p.add(person("chuyenvien.sgd.dt", "Trương Minh Nhựt", "SGD-DT", Set.of(STAFF), "Chuyên viên Văn phòng Sở"));
        // Khánh Hòa — xã Cam Lâm, Trường TH Cam Đức 2; Hà Nội — Trường MN Tràng An
        p.add(person(
                "vhxh.camlam",
                "Trần Quốc Bảo",
                "XA-CAMLAM-KH",
                Set.of(EMULATION_OFFICER, UNIT_HEAD, STAFF),
                "Trưởng phòng Văn hóa – Xã hội"));
        p.add(person(
                "hieutruong.thcd2",
                "Nguyễn Thị Ngọc Trâm",
                "TH-CAMDUC2-KH",
                Set.of(UNIT_HEAD, UNIT_ADMIN, STAFF),
                "Hiệu trưởng"));
        p.add(person("gv.thcd2", "Lê Văn Tài", "TH-CAMDUC2-KH", Set.of(STAFF), "Giáo viên lớp 5A"));
        p.add(person(
                "hieutruong.mntrangan",
                "Phạm Thu Trang",
                "MN-TRANGAN-HN",
                Set.of(UNIT_HEAD, UNIT_ADMIN, STAFF),
                "Hiệu trưởng"));
        p.add(person("gv.mntrangan", "Đặng Thị Minh Châu", "MN-TRANGAN-HN", Set.of(STAFF), "Giáo viên lớp 5 tuổi"));
        String[][] hanoiHeads = {
            {"hieutruong.thcsnhanchinh", "Nguyễn Thanh Bình", "THCS-NHANCHINH-HN"},
            {"hieutruong.thkhuongdinh", "Trần Thị Minh Ngọc", "TH-KHUONGDINH-HN"},
            {"hieutruong.mnkhuongmai", "Phạm Thị Lan", "MN-KHUONGMAI-HN"},
            {"hieutruong.thcsphuongliet", "Đỗ Văn Hải", "THCS-PHUONGLIET-HN"},
            {"hieutruong.thptnhanchinh", "Lê Quang Vinh", "THPT-NHANCHINH-HN"},
            {"hieutruong.thptkhuongdinh", "Vũ Thị Thu Hà", "THPT-KHUONGDINH-HN"}
        };
        for (String[] h : hanoiHeads) {
            p.add(person(h[0], h[1], h[2], Set.of(UNIT_HEAD, EMULATION_OFFICER, STAFF), "Hiệu trưởng"));
        }
        p.add(person(
                "vhxh.thanhxuan",
                "Bùi Văn Nam",
                "XA-THANHXUAN-HN",
                Set.of(EMULATION_OFFICER, UNIT_ADMIN, STAFF),
                "Chuyên viên Phòng Văn hóa – Xã hội phụ trách giáo dục, TĐKT"));
        return p;
    }

    private static void fillProfiles(org.springframework.context.ApplicationContext context) {
        vn.thidua.identity.ActiveUnitService activeUnits = context.getBean(vn.thidua.identity.ActiveUnitService.class);
        vn.thidua.tenancy.UnitProfileService profiles = context.getBean(vn.thidua.tenancy.UnitProfileService.class);
        vn.thidua.tenancy.OrgUnitService orgUnits = context.getBean(vn.thidua.tenancy.OrgUnitService.class);
        org.springframework.jdbc.core.simple.JdbcClient jdbc =
                context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        for (String[] p : PROFILES) {
            long unit = orgUnits.findByCode(p[1]).orElseThrow().id();
            long user = jdbc.sql("select id from user_account where username = :u")
                    .param("u", p[0])
                    .query(Long.class)
                    .single();
            var auth = activeUnits.authenticationFor(user, unit);
            var security = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            security.setAuthentication(auth);
            org.springframework.security.core.context.SecurityContextHolder.setContext(security);
            try {
                var current = profiles.get(unit);
                if (current.phone() == null) {
                    profiles.update(
                            unit,
                            new vn.thidua.tenancy.UnitProfileData(p[2], p[3], p[4], p[5], null, current.version()));
                }
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        }
    }

    private static Provision person(String username, String name, String unit, Set<Role> roles, String position) {
        return new Provision(username, name, username + "@demo.thidua.example.vn", unit, roles, position, PASSWORD);
    }

    /** Contact data each demo unit's head fills in on the profile page (as that head, so it is audited). */
    static final List<String[]> PROFILES = List.of(
            new String[] {
                "hieutruong.mnqt",
                "MN-QUANGTRUNG-TN",
                "Tổ 9, phường Phan Đình Phùng, tỉnh Thái Nguyên",
                "0208 3855 246",
                "mnquangtrung@thainguyen.edu.vn",
                "Nguyễn Thị Thanh Hương"
            },
            new String[] {
                "hieutruong.thtv",
                "TH-TRUNGVUONG-TN",
                "Phường Phan Đình Phùng, tỉnh Thái Nguyên",
                "0208 3851 357",
                "thtrungvuong@thainguyen.edu.vn",
                "Đinh Văn Quý"
            },
            new String[] {
                "vhxh.pdp",
                "XA-PDP-TN",
                "Số 2 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên",
                "0208 3852 468",
                "vhxh.phandinhphung@thainguyen.gov.vn",
                "Hà Thị Kim Oanh"
            },
            new String[] {
                "admin.sgd.tn",
                "SGD-TN",
                "Số 30 đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên",
                "0208 3853 579",
                "sogddt@thainguyen.edu.vn",
                null
            },
            new String[] {
                "hieutruong.thcsthc",
                "THCS-TANHOCO-DT",
                "Ấp Gò Da, xã Tân Hộ Cơ, tỉnh Đồng Tháp",
                "0277 3830 135",
                "thcstanhoco@dongthap.edu.vn",
                "Nguyễn Văn Hiếu"
            },
            new String[] {"vhxh.tanhoco", "XA-TANHOCO-DT", "Xã Tân Hộ Cơ, tỉnh Đồng Tháp", "0277 3830 246", null, null},
            new String[] {
                "hieutruong.thcd2",
                "TH-CAMDUC2-KH",
                "Thị trấn Cam Đức cũ, xã Cam Lâm, tỉnh Khánh Hòa",
                "0258 3983 357",
                "thcamduc2@khanhhoa.edu.vn",
                "Nguyễn Thị Ngọc Trâm"
            },
            new String[] {
                "hieutruong.mntrangan",
                "MN-TRANGAN-HN",
                "Phường Thanh Xuân, thành phố Hà Nội",
                "024 3858 4680",
                "mntrangan@hanoi.edu.vn",
                "Phạm Thu Trang"
            });

    @EventListener(ApplicationReadyEvent.class)
    void seed(ApplicationReadyEvent event) {
        UserProvisioning provisioning = event.getApplicationContext().getBean(UserProvisioning.class);
        provisioning.ensureAll(people());
        fillProfiles(event.getApplicationContext());
        new DemoRollup(event.getApplicationContext()).seed();
        new DemoHistory(event.getApplicationContext()).seed();
        new DemoPlans(event.getApplicationContext()).seed();
        new DemoRegistration(event.getApplicationContext()).seed();
        new DemoCriteria(event.getApplicationContext()).seed();
        new DemoEligibility(event.getApplicationContext()).seed();
        new DemoCouncil(event.getApplicationContext()).seed();
        new DemoExemplar(event.getApplicationContext()).seed();
        new DemoExemplarHanoi(event.getApplicationContext()).seed();
        new DemoGallery(event.getApplicationContext()).seed();
        new DemoConference(event.getApplicationContext()).seed();
        log.info(
                """

                ================= Thi đua Portal — tài khoản demo (mật khẩu: {}) =================
                  Trường (MN Quang Trung, Thái Nguyên) hiệu trưởng: hieutruong.mnqt   giáo viên: gv.mnqt
                  UBND phường Phan Đình Phùng (Phòng VH-XH)  cán bộ TĐKT + quản trị: vhxh.pdp
                  Sở GD&ĐT Thái Nguyên  quản trị: admin.sgd.tn   cán bộ TĐKT: thiduakt.sgd.tn
                  Đợt xét đang mở: hồ sơ của MN Quang Trung (đã tiếp nhận), TH Trưng Vương (trả lại, gửi lần 2),
                  THCS Nha Trang (đang lập: hieutruong.thcsnt); phường đang tổng hợp; QĐ khen thưởng 2025-2026 đã ban hành
                  Trường THCS Tân Hộ Cơ (Đồng Tháp): hieutruong.thcsthc   xã Tân Hộ Cơ: vhxh.tanhoco
                  http://localhost:{}
                ==================================================================================
                """,
                PASSWORD,
                event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"));
    }
}
