package vn.thidua.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.thidua.identity.domain.UserAccountRepository;
import vn.thidua.tenancy.TenantScope;

/**
 * Imports a unit's staff from the XLSX template: every row is validated first and a row-by-row report is
 * returned; one bad row imports nothing (all or nothing, one transaction).
 */
@Service
public class StaffImportService {

    static final int MAX_ROWS = 2000;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,79}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 .+()-]{6,20}$");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Column headers of the template, in order (Vietnamese; the template is a Vietnamese office form). */
    static final List<String> COLUMNS = List.of(
            "Họ và tên (*)", "Tên đăng nhập (*)", "Email", "Số điện thoại", "Chức vụ", "Vai trò", "Mật khẩu ban đầu");

    private final UserAccountRepository accounts;
    private final UserAdminService admin;
    private final TenantScope scope;

    StaffImportService(UserAccountRepository accounts, UserAdminService admin, TenantScope scope) {
        this.accounts = accounts;
        this.admin = admin;
        this.scope = scope;
    }

    /** One problem of one row: {@code messageKey} is an i18n key, {@code args} its parameters. */
    public record RowIssue(int row, String column, String messageKey, List<String> args) {}

    /** A created account with its initial password (generated when the row left it blank). */
    public record ImportedUser(int row, String username, String displayName, String initialPassword) {}

    public record ImportReport(int rowsRead, List<RowIssue> issues, List<ImportedUser> imported) {
        public boolean ok() {
            return issues.isEmpty();
        }
    }

    @PreAuthorize("hasRole('STAFF_IMPORT')")
    public byte[] template() {
        try (Workbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách cán bộ");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            Row example = sheet.createRow(1);
            String[] sample = {
                "Nguyễn Thị Hoa", "hoa.nt", "hoa.nt@truong.edu.vn", "0912 345 678", "Giáo viên", "STAFF", ""
            };
            for (int i = 0; i < sample.length; i++) {
                example.createCell(i).setCellValue(sample[i]);
            }
            Sheet help = wb.createSheet("Hướng dẫn");
            String[] lines = {
                "Mỗi dòng một cán bộ; xóa dòng ví dụ trước khi nhập.",
                "(*) là cột bắt buộc. Tên đăng nhập: chữ thường a-z, số, '.', '_', '-' (3–80 ký tự), không trùng.",
                "Vai trò: STAFF (giáo viên/nhân viên), COUNCIL_MEMBER (thành viên hội đồng), EMULATION_OFFICER"
                        + " (cán bộ TĐKT), UNIT_HEAD (thủ trưởng), UNIT_ADMIN (quản trị); nhiều vai trò cách nhau"
                        + " dấu phẩy; để trống = STAFF.",
                "Mật khẩu ban đầu: tối thiểu 8 ký tự; để trống thì hệ thống tự tạo và hiển thị sau khi nhập.",
                "Chỉ cần một dòng sai là không dòng nào được nhập; sửa theo báo cáo rồi tải lên lại."
            };
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates every row, then imports all of them into {@code unitId} or none. */
    @PreAuthorize("hasRole('STAFF_IMPORT') and hasRole('USER_MANAGE')")
    public ImportReport importStaff(long unitId, InputStream xlsx) {
        scope.checkInActiveSubtree(unitId);
        List<RowIssue> issues = new ArrayList<>();
        List<ParsedRow> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            Row header = sheet.getRow(0);
            if (header == null
                    || !COLUMNS.get(0)
                            .equals(fmt.formatCellValue(header.getCell(0)).trim())
                    || !COLUMNS.get(1)
                            .equals(fmt.formatCellValue(header.getCell(1)).trim())) {
                issues.add(new RowIssue(1, null, "identity.import.badHeader", List.of()));
                return new ImportReport(0, issues, List.of());
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[COLUMNS.size()];
                boolean empty = true;
                for (int c = 0; c < v.length; c++) {
                    v[c] = fmt.formatCellValue(row.getCell(c)).trim();
                    empty &= v[c].isEmpty();
                }
                if (!empty) {
                    rows.add(new ParsedRow(r + 1, v));
                }
            }
        } catch (IOException | RuntimeException e) {
            issues.add(new RowIssue(0, null, "identity.import.notXlsx", List.of()));
            return new ImportReport(0, issues, List.of());
        }
        if (rows.isEmpty()) {
            issues.add(new RowIssue(0, null, "identity.import.empty", List.of()));
            return new ImportReport(0, issues, List.of());
        }
        if (rows.size() > MAX_ROWS) {
            issues.add(new RowIssue(0, null, "identity.import.tooMany", List.of(String.valueOf(MAX_ROWS))));
            return new ImportReport(rows.size(), issues, List.of());
        }
        Set<Role> grantable = admin.grantableRoles();
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        List<UserData> valid = new ArrayList<>();
        for (ParsedRow row : rows) {
            String name = row.v[0];
            String username = row.v[1].toLowerCase(Locale.ROOT);
            String email = row.v[2];
            String phone = row.v[3];
            String position = row.v[4];
            String rolesText = row.v[5];
            String password = row.v[6];
            int before = issues.size();
            if (name.isEmpty()) {
                issues.add(issue(row, 0, "identity.import.required"));
            }
            if (username.isEmpty()) {
                issues.add(issue(row, 1, "identity.import.required"));
            } else if (!USERNAME.matcher(username).matches()) {
                issues.add(issue(row, 1, "identity.user.username.invalid"));
            } else if (!usernames.add(username)) {
                issues.add(issue(row, 1, "identity.import.duplicateInFile", username));
            } else if (accounts.existsByUsername(username)) {
                issues.add(issue(row, 1, "identity.import.usernameTaken", username));
            }
            if (!email.isEmpty()) {
                if (!EMAIL.matcher(email).matches()) {
                    issues.add(issue(row, 2, "identity.user.email.invalid"));
                } else if (!emails.add(email.toLowerCase(Locale.ROOT))) {
                    issues.add(issue(row, 2, "identity.import.duplicateInFile", email));
                } else if (accounts.existsByEmailIgnoreCase(email)) {
                    issues.add(issue(row, 2, "identity.user.emailTaken", email));
                }
            }
            if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                issues.add(issue(row, 3, "identity.user.phone.invalid"));
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (rolesText.isEmpty()) {
                roles.add(Role.STAFF);
            } else {
                for (String r : rolesText.split("[,;]")) {
                    String code = r.trim().toUpperCase(Locale.ROOT);
                    if (code.isEmpty()) {
                        continue;
                    }
                    try {
                        Role role = Role.valueOf(code);
                        if (!grantable.contains(role)) {
                            issues.add(issue(row, 5, "identity.user.roleNotGrantable", code));
                        }
                        roles.add(role);
                    } catch (IllegalArgumentException e) {
                        issues.add(issue(row, 5, "identity.import.unknownRole", code));
                    }
                }
            }
            if (!password.isEmpty() && password.length() < UserAdminService.MIN_PASSWORD) {
                issues.add(
                        issue(row, 6, "identity.user.passwordTooShort", String.valueOf(UserAdminService.MIN_PASSWORD)));
            }
            if (issues.size() == before) {
                valid.add(new UserData(
                        username,
                        name,
                        email,
                        phone,
                        position,
                        roles,
                        password.isEmpty() ? generatePassword() : password));
            }
        }
        if (!issues.isEmpty()) {
            return new ImportReport(rows.size(), issues, List.of());
        }
        List<ImportedUser> imported = scope.inUnit(unitId, () -> {
            List<ImportedUser> result = new ArrayList<>();
            for (int i = 0; i < valid.size(); i++) {
                UserData d = valid.get(i);
                admin.create(unitId, d);
                boolean generated = rows.get(i).v[6].isEmpty();
                result.add(new ImportedUser(
                        rows.get(i).number, d.username(), d.displayName(), generated ? d.password() : null));
            }
            return result;
        });
        return new ImportReport(rows.size(), List.of(), imported);
    }

    private static RowIssue issue(ParsedRow row, int column, String key, String... args) {
        return new RowIssue(row.number, COLUMNS.get(column), key, List.of(args));
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private record ParsedRow(int number, String[] v) {}
}
