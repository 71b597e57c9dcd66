package vn.thidua.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.Role;
import vn.thidua.identity.StaffImportService.ImportedUser;
import vn.thidua.identity.StaffImportService.RowIssue;

class IdentityViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private Grid<MemberSummary> usersGrid() {
        return $(Grid.class).id("user-grid");
    }

    @Test
    void aSchoolAdministratorSeesItsStaffAndAddsATeacher() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        navigate(UserListView.class);
        assertThat($(H2.class).first().getText()).contains("Trường Mầm non Quang Trung");
        int before = test(usersGrid()).size();
        assertThat(before).isGreaterThanOrEqualTo(10);

        test($(Button.class).id("user-add")).click();
        test($(TextField.class).id("user-form-username")).setValue("lan.pt.mnqt");
        test($(TextField.class).id("user-form-name")).setValue("Phạm Thị Lan");
        test($(EmailField.class).id("user-form-email")).setValue("lan.pt@mnquangtrung.edu.vn");
        test($(PasswordField.class).id("user-form-password")).setValue("matkhau2026");
        test($(Button.class).id("user-form-save")).click();
        assertThat(test(usersGrid()).size()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from membership m join user_account u on u.id = m.user_id"
                                + " where u.username = 'lan.pt.mnqt'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aShortPasswordIsShownAtTheFieldAndNothingIsCreated() {
        loginAs("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        navigate(UserListView.class);
        test($(Button.class).id("user-add")).click();
        test($(TextField.class).id("user-form-username")).setValue("ngan.tt.thcsthc");
        test($(TextField.class).id("user-form-name")).setValue("Tô Thị Ngân");
        PasswordField password = $(PasswordField.class).id("user-form-password");
        test(password).setValue("123");
        test($(Button.class).id("user-form-save")).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("8");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'ngan.tt.thcsthc'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void rolesTheAdministratorLacksCannotBeTicked() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("units/" + logins.unitId("MN-QUANGTRUNG-TN") + "/users");
        test($(Button.class).id("user-add")).click();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("user-form-roles");
        assertThat(roles.getItemEnabledProvider().test(Role.STAFF)).isTrue();
        assertThat(roles.getItemEnabledProvider().test(Role.UNIT_HEAD)).isFalse();
        roles.setValue(Set.of(Role.UNIT_HEAD));
        test($(TextField.class).id("user-form-username")).setValue("pho.ht.mnqt");
        test($(TextField.class).id("user-form-name")).setValue("Vũ Thị Hạnh");
        test($(PasswordField.class).id("user-form-password")).setValue("matkhau2026");
        test($(Button.class).id("user-form-save")).click();
        assertThat($(Span.class).id("user-form-error").getText())
                .contains("Thủ trưởng")
                .doesNotContain("UNIT_HEAD");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'pho.ht.mnqt'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTeacherCannotOpenTheUsersPage() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("users");
        assertThat($(Grid.class).all())
                .noneMatch(g -> "user-grid".equals(g.getId().orElse(null)));
    }

    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách cán bộ");
            String[] header = {
                "Họ và tên (*)", "Tên đăng nhập (*)", "Email", "Số điện thoại", "Chức vụ", "Vai trò", "Mật khẩu ban đầu"
            };
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void oneBadRowImportsNothingAndTheReportNamesIt() throws IOException {
        loginAs("hieutruong.thcd2", "TH-CAMDUC2-KH");
        navigate(StaffImportView.class);
        byte[] file = workbook(
                new String[] {"Nguyễn Văn Bình", "binh.nv.thcd2", "binh@camduc2.edu.vn", "", "Giáo viên lớp 1A", "", ""
                },
                new String[] {"Trần Thị Cúc", "Cuc Tran!", "", "", "Giáo viên lớp 2B", "STAFF", "matkhau123"},
                new String[] {"", "le.van.d", "", "", "", "SUPERUSER", ""});
        test($(Upload.class).id("import-upload"))
                .upload("nhap.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        @SuppressWarnings("unchecked")
        Grid<RowIssue> issues = $(Grid.class).id("import-issues");
        assertThat(issues.isVisible()).isTrue();
        assertThat(test(issues).size()).isEqualTo(3);
        assertThat(test(issues).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(issues).getCellText(0, 2)).contains("Tên đăng nhập");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'binh.nv.thcd2'")
                        .query(Long.class)
                        .single())
                .as("all or nothing")
                .isZero();
    }

    @Test
    void aGoodFileImportsEveryRowWithGeneratedPasswords() throws IOException {
        loginAs("hieutruong.mntrangan", "MN-TRANGAN-HN");
        navigate(StaffImportView.class);
        byte[] file = workbook(
                new String[] {
                    "Ngô Thị Bảo Ngọc",
                    "ngoc.ntb.mntrangan",
                    "ngoc.ntb@mntrangan.edu.vn",
                    "0987 654 321",
                    "Giáo viên lớp 4 tuổi",
                    "STAFF",
                    ""
                },
                new String[] {"Kiều Văn Minh", "minh.kv.mntrangan", "", "", "Bảo vệ", "", "baove2026"});
        test($(Upload.class).id("import-upload"))
                .upload("nhap.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        @SuppressWarnings("unchecked")
        Grid<ImportedUser> imported = $(Grid.class).id("import-imported");
        assertThat(test(imported).size()).isEqualTo(2);
        assertThat(test(imported).getRow(0).initialPassword()).hasSize(10);
        assertThat(test(imported).getRow(1).initialPassword()).isNull();
        assertThat(jdbc.sql("select count(*) from membership m join user_account u on u.id = m.user_id join org_unit o"
                                + " on o.id = m.tenant_id where o.code = 'MN-TRANGAN-HN' and u.username in ('ngoc.ntb.mntrangan',"
                                + " 'minh.kv.mntrangan')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Autowired
    vn.thidua.identity.StaffImportService importer;

    @Test
    void theDownloadedTemplateFilledInImports() throws IOException {
        loginAs("hieutruong.thcd2", "TH-CAMDUC2-KH");
        navigate(StaffImportView.class);
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(importer.template()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row example = wb.getSheetAt(0).getRow(1);
            example.getCell(0).setCellValue("Trương Thị Mỹ");
            example.getCell(1).setCellValue("my.tt.thcd2");
            example.getCell(2).setCellValue("my.tt@camduc2.edu.vn");
            wb.write(out);
            filled = out.toByteArray();
        }
        test($(Upload.class).id("import-upload"))
                .upload("mau.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
        @SuppressWarnings("unchecked")
        Grid<ImportedUser> imported = $(Grid.class).id("import-imported");
        assertThat(test(imported).size()).isEqualTo(1);
        assertThat(test(imported).getRow(0).username()).isEqualTo("my.tt.thcd2");
    }

    @Test
    void aFileThatIsNotExcelIsRefusedWithAMessage() {
        loginAs("hieutruong.mntrangan", "MN-TRANGAN-HN");
        navigate(StaffImportView.class);
        test($(Upload.class).id("import-upload"))
                .upload(
                        "virus.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "MZ this is not a workbook".getBytes());
        @SuppressWarnings("unchecked")
        Grid<RowIssue> issues = $(Grid.class).id("import-issues");
        assertThat(test(issues).getCellText(0, 2)).contains("không phải bảng tính");
    }
}
