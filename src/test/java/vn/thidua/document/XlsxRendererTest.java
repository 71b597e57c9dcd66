package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRendererTest {

    static final int ROWS = 3_000;
    static final List<String> COLUMNS = List.of("STT", "Họ và tên", "Đơn vị", "Danh hiệu đề nghị");

    static XlsxTable nominees() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Arrays.asList(
                    String.valueOf(i),
                    "Nguyễn Thị Hằng " + i,
                    "Trường Mầm non Quang Trung",
                    i % 2 == 0 ? null : "LĐTT"));
        }
        return new XlsxTable(
                "Danh sách [khối MN]: 2025/2026 *tổng hợp*?",
                List.of("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Năm học 2025-2026"),
                COLUMNS,
                rows,
                Arrays.asList(6, null, 30, 20));
    }

    static XSSFWorkbook reopen(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static void assertThinBorders(CellStyle style) {
        assertThat(List.of(
                        style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight()))
                .containsOnly(BorderStyle.THIN);
    }

    @Test
    void titlesAreMergedBoldAndCentredAcrossTheColumns() throws IOException {
        try (XSSFWorkbook workbook = reopen(XlsxRenderer.render(List.of(nominees())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFCell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
            assertThat(title.getCellStyle().getFont().getBold()).isTrue();
            assertThat(title.getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 13);
            assertThat(title.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Năm học 2025-2026");
            assertThat(sheet.getMergedRegions())
                    .contains(new CellRangeAddress(0, 0, 0, 3), new CellRangeAddress(1, 1, 0, 3));
        }
    }

    @Test
    void headerIsBoldGreyBorderedAndFrozen() throws IOException {
        try (XSSFWorkbook workbook = reopen(XlsxRenderer.render(List.of(nominees())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int header = 3;
            List<String> values = new ArrayList<>();
            sheet.getRow(header).forEach(c -> values.add(c.getStringCellValue()));
            assertThat(values).isEqualTo(COLUMNS);
            CellStyle style = sheet.getRow(header).getCell(1).getCellStyle();
            assertThat(workbook.getFontAt(style.getFontIndex()).getBold()).isTrue();
            assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(style.getWrapText()).isTrue();
            assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(style.getFillForegroundColor()).isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
            assertThinBorders(style);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
        }
    }

    @Test
    void allDataRowsAreWrittenWithBordersInTimesNewRoman() throws IOException {
        try (XSSFWorkbook workbook = reopen(XlsxRenderer.render(List.of(nominees())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int first = 4;
            assertThat(sheet.getLastRowNum()).isEqualTo(first + ROWS - 1);
            assertThat(sheet.getRow(first).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hằng 1");
            assertThat(sheet.getRow(first + ROWS - 1).getCell(0).getStringCellValue())
                    .isEqualTo(String.valueOf(ROWS));
            XSSFCell empty = sheet.getRow(first + 1).getCell(3);
            assertThat(empty.getStringCellValue()).isEmpty();
            for (XSSFCell cell : List.of(sheet.getRow(first).getCell(0), empty)) {
                CellStyle style = cell.getCellStyle();
                assertThinBorders(style);
                assertThat(style.getWrapText()).isTrue();
                assertThat(style.getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
                assertThat(workbook.getFontAt(style.getFontIndex()).getFontName())
                        .isEqualTo("Times New Roman");
                assertThat(workbook.getFontAt(style.getFontIndex()).getFontHeightInPoints())
                        .isEqualTo((short) 12);
            }
        }
    }

    @Test
    void givenWidthsAreUsedAndMissingOnesFitTheContent() throws IOException {
        try (XSSFWorkbook workbook = reopen(XlsxRenderer.render(List.of(nominees())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(("Nguyễn Thị Hằng 200".length() + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(30 * 256);
        }
    }

    @Test
    void sheetNamesFollowExcelRules() throws IOException {
        XlsxTable small = new XlsxTable("Tập thể", null, List.of("STT"), List.of(List.of("1")), null);
        XlsxTable duplicate = new XlsxTable("tập thể", null, List.of("STT"), null, null);
        XlsxTable unnamed = new XlsxTable(null, null, List.of("STT"), null, null);
        try (XSSFWorkbook workbook = reopen(XlsxRenderer.render(List.of(nominees(), small, duplicate, unnamed)))) {
            String first = workbook.getSheetName(0);
            assertThat(first).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
            assertThat(first).isEqualTo("Danh sách -khối MN-- 2025-2026");
            assertThat(workbook.getSheetName(1)).isEqualTo("Tập thể");
            assertThat(workbook.getSheetName(2)).isEqualTo("tập thể (2)");
            assertThat(workbook.getSheetName(3)).isEqualTo("Sheet4");
            XSSFSheet plain = workbook.getSheetAt(1);
            assertThat(plain.getRow(0).getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(plain.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1");
        }
    }

    @Test
    void sanitizingStripsApostrophesAndCapsTheLength() {
        assertThat(XlsxRenderer.sanitizeSheetName("'Khen thưởng'", 1)).isEqualTo("Khen thưởng");
        assertThat(XlsxRenderer.sanitizeSheetName("a".repeat(40), 1)).isEqualTo("a".repeat(31));
        assertThat(XlsxRenderer.sanitizeSheetName("  ", 2)).isEqualTo("Sheet2");
    }

    @Test
    void rejectsNoSheetsAndNoColumns() {
        assertThatThrownBy(() -> XlsxRenderer.render(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XlsxTable("x", null, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
