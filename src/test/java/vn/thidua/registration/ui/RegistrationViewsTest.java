package vn.thidua.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.registration.MyRegistrationData;
import vn.thidua.registration.RegistrationExports;
import vn.thidua.registration.RegistrationService;
import vn.thidua.registration.StaffRow;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.BoardRow;

/**
 * Registration of titles as its users see it: a school opens its round with targets, a teacher registers, the
 * officer's targets are hand-counted, a change after the deadline is refused and changes nothing, the list goes up to
 * the ward office which accepts it; the demo school's round; another unit cannot reach a unit's round by its id.
 */
class RegistrationViewsTest extends ViewTest {

    static final String NT = "THCS-NHATRANG-TN";
    static final String MNQT = "MN-QUANGTRUNG-TN";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RegistrationExports exports;

    long roundOf(String unitCode) {
        return jdbc.sql("select id from registration_round where tenant_id = :t and school_year = '2026-2027'")
                .param("t", logins.unitId(unitCode))
                .query(Long.class)
                .single();
    }

    String text(String id) {
        return $(Span.class).id(id).getText();
    }

    String titlesInDb(String unitCode, String username) {
        return jdbc.sql("select title_codes from registration_entry where tenant_id = :t and user_id = :u")
                .param("t", logins.unitId(unitCode))
                .param("u", logins.userId(username))
                .query(String.class)
                .single();
    }

    long auditRows() {
        return jdbc.sql("select count(*) from audit_entry where entity_type like 'REGISTRATION%'")
                .query(Long.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSchoolOpensItsRoundATeacherRegistersTheOfficerCountsAndTheListGoesUp() {
        // the principal of THCS Nha Trang (2 staff) opens the 2026-2027 round with three targets
        loginAs("hieutruong.thcsnt", NT);
        go("registration/rounds");
        assertThat(errorTitle()).isNull();
        test($(Button.class).id("registration-round-open")).click();
        $(DatePicker.class)
                .id("registration-round-deadline")
                .setValue(Dates.today().plusDays(10));
        $(IntegerField.class).id("registration-target-pct-LDTT").setValue(100);
        $(IntegerField.class).id("registration-target-pct-CSTD_CO_SO").setValue(50);
        $(IntegerField.class).id("registration-target-count-TTLDXS").setValue(1);
        test($(Button.class).id("registration-round-save")).click();
        long round = roundOf(NT);
        assertThat($(Span.class).id("registration-round-status").getText()).isEqualTo("Đang nhận đăng ký");

        // the teacher registers two titles with a commitment; an award form goes in its own field
        loginAs("gv.thcsnt", NT);
        go("registration");
        assertThat(text("registration-status")).isEqualTo("Bạn chưa đăng ký danh hiệu thi đua.");
        CheckboxGroup<String> titles = $(CheckboxGroup.class).id("registration-titles");
        assertThat(titles.getListDataView().getItems().toList())
                .containsExactly("CSTD_TOAN_QUOC", "CSTD_TINH", "CSTD_CO_SO", "LDTT")
                .doesNotContain("GIAY_KHEN_CN");
        titles.setValue(Set.of("LDTT", "CSTD_CO_SO"));
        $(TextArea.class).id("registration-commitment").setValue("Có sáng kiến dạy học Toán được công nhận cấp cơ sở.");
        test($(Button.class).id("registration-save")).click();
        assertThat(text("registration-status")).startsWith("Bạn đã đăng ký: ").contains("Lao động tiên tiến");
        assertThat(titlesInDb(NT, "gv.thcsnt")).isEqualTo("CSTD_CO_SO,LDTT");

        // the officer: 1 of 2 registered — hand-counted against each target
        loginAs("hieutruong.thcsnt", NT);
        go("registration/rounds/" + round);
        assertThat(text("registration-target-LDTT")).isEqualTo("Lao động tiên tiến: 1/2 (50 %) — cần 100 % (2 người)");
        assertThat(text("registration-target-CSTD_CO_SO"))
                .isEqualTo("Chiến sĩ thi đua cơ sở: 1/2 (50 %) — cần 50 % (1 người)");
        assertThat(text("registration-target-TTLDXS")).isEqualTo("Tập thể lao động xuất sắc: 0 — cần 1");
        assertThat(text("registration-missing")).isEqualTo("Chưa đăng ký (1): Ngô Thị Thu Hà");
        // a reminder goes to whoever has not registered (here the principal herself), nobody else
        test($(Button.class).id("registration-remind")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Đã gửi thông báo nhắc 1 người chưa đăng ký");
        assertThat(jdbc.sql("select recipient_user_id from notification where kind = 'REGISTRATION_REMINDER'"
                                + " and link = 'registration' and unit_id = :u")
                        .param("u", logins.unitId(NT))
                        .query(Long.class)
                        .list())
                .containsExactly(logins.userId("hieutruong.thcsnt"));
        Grid<StaffRow> staff = $(Grid.class).id("registration-staff");
        assertThat(test(staff).size()).isEqualTo(2);
        // the school registers itself for Tập thể lao động xuất sắc
        $(TextField.class).id("registration-collective-name").setValue("Trường THCS Nha Trang");
        ((CheckboxGroup<String>) $(CheckboxGroup.class).id("registration-collective-titles"))
                .setValue(Set.of("TTLDXS"));
        test($(Button.class).id("registration-collective-add")).click();
        assertThat(text("registration-target-TTLDXS")).isEqualTo("Tập thể lao động xuất sắc: 1 — cần 1");

        // the deadline passes while the teacher has the page open: her change is refused and nothing changes
        loginAs("gv.thcsnt", NT);
        go("registration");
        jdbc.sql("update registration_round set deadline = :d where id = :id")
                .param("d", Dates.today().minusDays(1))
                .param("id", round)
                .update();
        long audits = auditRows();
        ((CheckboxGroup<String>) $(CheckboxGroup.class).id("registration-titles")).setValue(Set.of("LDTT"));
        test($(Button.class).id("registration-save")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Đã hết hạn đăng ký (hạn "
                        + Dates.format(Dates.today().minusDays(1)) + "): không thể thay đổi đăng ký.");
        assertThat(titlesInDb(NT, "gv.thcsnt")).isEqualTo("CSTD_CO_SO,LDTT");
        assertThat(auditRows()).isEqualTo(audits);
        go("registration");
        assertThat($(Paragraph.class).id("registration-locked").getText()).startsWith("Đã hết hạn đăng ký");
        assertThat($(Button.class).all())
                .noneMatch(b -> "registration-save".equals(b.getId().orElse(null)));

        // the principal sends the list up to the ward office's receiving round
        loginAs("hieutruong.thcsnt", NT);
        go("registration/rounds/" + round);
        test($(Button.class).id("registration-send")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("UBND phường Phan Đình Phùng");
        assertThat($(Grid.class).id("registration-send-history")).isNotNull();
        assertThat($(Button.class).all())
                .noneMatch(b -> "registration-send".equals(b.getId().orElse(null)));

        // the ward office sees it next to MN Quang Trung's accepted list, with totals per title, and accepts it
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("registration/received");
        Grid<BoardRow> board = $(Grid.class).id("registration-received-board");
        BoardRow nt = test(board).getRow(rowOf(board, NT));
        assertThat(nt.status()).isEqualTo(BoardRow.Status.SENT);
        assertThat(nt.latest().categoryCounts()).isEqualTo(Map.of("LDTT", 1, "CSTD_CO_SO", 1, "TTLDXS", 1));
        assertThat(test(board).getRow(rowOf(board, MNQT)).status()).isEqualTo(BoardRow.Status.ACCEPTED);
        // MN Quang Trung: 7 LĐTT, 3 CSTĐ cơ sở, TTLĐXS, TTLĐTT (its group); THCS Nha Trang: 1, 1, TTLĐXS
        assertThat(text("registration-received-totals"))
                .contains("Lao động tiên tiến: 8")
                .contains("Chiến sĩ thi đua cơ sở: 4")
                .contains("Tập thể lao động xuất sắc: 2")
                .contains("Tập thể lao động tiên tiến: 1");
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(board).getCellComponent(rowOf(board, NT), 4);
        Button accept = actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals("registration-received-accept-" + NT))
                .findFirst()
                .orElseThrow();
        test(accept).click();
        board = $(Grid.class).id("registration-received-board");
        assertThat(test(board).getRow(rowOf(board, NT)).status()).isEqualTo(BoardRow.Status.ACCEPTED);

        // the school sees the outcome
        loginAs("hieutruong.thcsnt", NT);
        go("registration/rounds/" + round);
        Grid<?> history = $(Grid.class).id("registration-send-history");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("Đã tiếp nhận");
    }

    private int rowOf(Grid<BoardRow> board, String code) {
        for (int i = 0; i < test(board).size(); i++) {
            if (test(board).getRow(i).member().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not on the board");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoSchoolsRoundShowsWhoRegisteredAndExportsTheOfficialList() throws Exception {
        loginAs("hieutruong.mnqt", MNQT);
        long round = roundOf(MNQT);
        go("registration/rounds/" + round);
        assertThat(errorTitle()).isNull();
        assertThat(text("registration-round-status")).isEqualTo("Đã hết hạn đăng ký");
        // seven registered in the demo (other tests may add staff to this school: count what is registered)
        assertThat(text("registration-target-LDTT")).startsWith("Lao động tiên tiến: 7/");
        assertThat(text("registration-target-CSTD_CO_SO")).startsWith("Chiến sĩ thi đua cơ sở: 3/");
        assertThat(text("registration-target-TTLDXS")).isEqualTo("Tập thể lao động xuất sắc: 1 — cần 1");
        assertThat(text("registration-missing")).contains("Hoàng Hải Yến", "Lương Thị Mai", "Ma Thị Tuyết");
        assertThat(registrations.modelCandidates("2026-2027"))
                .extracting(c -> c.name() + " — " + c.position() + " — " + c.modelField())
                .containsExactlyInAnyOrder(
                        "Lê Thị Hồng Nhung — Giáo viên lớp 5 tuổi A1 — Đổi mới tổ chức hoạt động trải nghiệm cho trẻ"
                                + " 5 tuổi",
                        "Trần Thị Hoa — Tổ trưởng chuyên môn khối Mẫu giáo lớn — Xây dựng môi trường giáo dục lấy"
                                + " trẻ làm trung tâm",
                        "Đỗ Thị Lan Anh — Phó Hiệu trưởng, Thư ký Hội đồng TĐKT — Ứng dụng công nghệ thông tin trong"
                                + " quản lý chuyên môn");
        Map<Long, Set<String>> registered = registrations.registeredTitles("2026-2027");
        assertThat(registered.get(logins.userId("gv.mnqt"))).containsExactlyInAnyOrder("LDTT", "CSTD_CO_SO");
        assertThat(registered).doesNotContainKey(logins.userId("mai.lt.mnqt"));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(exports.docx(round)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String doc = extractor.getText();
            assertThat(doc)
                    .contains("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM HỌC 2026–2027")
                    .contains("TRƯỜNG MẦM NON QUANG TRUNG")
                    .contains("Họ và tên")
                    .contains("Danh hiệu đăng ký")
                    .contains("Lê Thị Hồng Nhung")
                    .contains("Chiến sĩ thi đua cơ sở, Lao động tiên tiến")
                    .contains("Tập thể lao động xuất sắc")
                    .doesNotContain("Lương Thị Mai");
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(round)))) {
            var sheet = xlsx.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString())
                    .contains("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM HỌC 2026–2027")
                    .contains("TT|Họ và tên|Chức vụ|Danh hiệu đăng ký")
                    .contains("Trần Thị Hoa|Tổ trưởng chuyên môn khối Mẫu giáo lớn|Lao động tiên tiến");
        }

        // a teacher who did not register before the deadline sees why and cannot register
        loginAs("mai.lt.mnqt", MNQT);
        go("registration");
        assertThat(text("registration-status")).isEqualTo("Bạn chưa đăng ký danh hiệu thi đua.");
        assertThat($(Paragraph.class).id("registration-locked").getText())
                .isEqualTo("Đã hết hạn đăng ký (hạn 30/09/2026): không thể thay đổi đăng ký.");
        assertThat($(CheckboxGroup.class).id("registration-titles").isReadOnly())
                .isTrue();
        assertThatThrownBy(() -> registrations.register(round, new MyRegistrationData(Set.of("LDTT"), null, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("registration.error.deadlinePassed");
        assertThat(registrations.myRegistration(round)).isEmpty();
    }

    @Test
    void titlesOnlyInTheTitleFieldAndTargetsAreChecked() {
        loginAs("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        var bad = new vn.thidua.registration.RegistrationRoundData(
                "Đăng ký thi đua năm học 2027–2028",
                "2027-2028",
                Dates.today().plusDays(5),
                List.of(vn.thidua.registration.TargetData.percent("TTLDXS", 50)),
                0);
        assertThatThrownBy(() -> registrations.openRound(bad))
                .isInstanceOf(BusinessException.class)
                .hasMessage("registration.error.targetPercentCollective");
        assertThat(registrations.roundFor("2027-2028")).isEmpty();
        long round = registrations
                .openRound(new vn.thidua.registration.RegistrationRoundData(
                        "Đăng ký thi đua năm học 2027–2028",
                        "2027-2028",
                        Dates.today().plusDays(5),
                        List.of(vn.thidua.registration.TargetData.percent("LDTT", 100)),
                        0))
                .id();
        loginAs("gv.thcsthc", "THCS-TANHOCO-DT");
        // an award form is not a title, and a collective title is not an individual's
        assertThatThrownBy(
                        () -> registrations.register(round, new MyRegistrationData(Set.of("GIAY_KHEN_CN"), null, null)))
                .hasMessage("registration.error.title");
        assertThatThrownBy(() -> registrations.register(round, new MyRegistrationData(Set.of("TTLDXS"), null, null)))
                .hasMessage("registration.error.title");
        assertThatThrownBy(() -> registrations.register(round, new MyRegistrationData(Set.of("LDTT"), "LDTT", null)))
                .hasMessage("registration.error.form");
        assertThat(registrations.myRegistration(round)).isEmpty();
        var mine = registrations.register(round, new MyRegistrationData(Set.of("LDTT"), "GIAY_KHEN_CN", null));
        assertThat(mine.titleCodes()).containsExactly("LDTT");
        assertThat(mine.formCode()).isEqualTo("GIAY_KHEN_CN");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'REGISTRATION' and entity_id = :id")
                        .param("id", String.valueOf(mine.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherUnitCannotReachAUnitsRoundByItsId() {
        long round = roundOf(MNQT);
        long entry = jdbc.sql("select min(id) from registration_entry where round_id = :r")
                .param("r", round)
                .query(Long.class)
                .single();
        // a sibling school and the upper office (which sees only what was sent up) get "not found"
        for (String[] who : new String[][] {{"hieutruong.thtv", "TH-TRUNGVUONG-TN"}, {"vhxh.pdp", "XA-PDP-TN"}}) {
            loginAs(who[0], who[1]);
            go("registration/rounds/" + round);
            assertThat(errorTitle()).as(who[0]).isEqualTo("Không tìm thấy");
            assertThat(com.vaadin.flow.component.UI.getCurrent().getElement().getTextRecursively())
                    .doesNotContain("Lê Thị Hồng Nhung");
            assertThatThrownBy(() -> registrations.round(round)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> registrations.markModelCandidate(round, entry, true, "Lĩnh vực"))
                    .isInstanceOf(NotFoundException.class);
            assertThat(registrations.registeredTitles("2026-2027")).doesNotContainKey(logins.userId("gv.mnqt"));
            assertThat(registrations.modelCandidates("2026-2027")).isEmpty();
        }
        loginAs("gv.mnqt", MNQT);
        go("registration/rounds/" + round);
        assertThat($(Grid.class).all()).as("a teacher has no officer's page").noneMatch(g -> "registration-staff"
                .equals(g.getId().orElse(null)));
        assertThatThrownBy(() -> registrations.overview(round, java.util.Locale.forLanguageTag("vi")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
