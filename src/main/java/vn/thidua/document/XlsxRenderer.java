package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders tabular lists as XLSX, one sheet per {@link XlsxTable}: merged bold titles, a grey bordered header row
 * frozen in place, bordered wrapped data rows, Times New Roman 12. Large exports stream through
 * {@link SXSSFWorkbook}. Stateless and thread-safe.
 */
public final class XlsxRenderer {

    /** Above this many data rows in total the workbook is streamed to keep memory flat. */
    private static final int STREAMING_THRESHOLD = 1000;

    private static final String FONT = "Times New Roman";
    private static final int MAX_SHEET_NAME = 31;
    private static final Pattern FORBIDDEN_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");
    /** Rows looked at to fit a column width to its content. */
    private static final int WIDTH_SAMPLE_ROWS = 200;

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 50;

    private XlsxRenderer() {}

    /** The sheets as XLSX bytes. */
    public static byte[] render(List<XlsxTable> sheets) {
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("at least one sheet is required");
        }
        int rows = sheets.stream().mapToInt(s -> s.rows().size()).sum();
        Workbook workbook = rows > STREAMING_THRESHOLD ? new SXSSFWorkbook(200) : new XSSFWorkbook();
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            // Excel reserves "History" and compares sheet names case-insensitively.
            Set<String> taken = new HashSet<>(Set.of("history"));
            for (int i = 0; i < sheets.size(); i++) {
                String name = unique(sanitizeSheetName(sheets.get(i).sheetName(), i + 1), taken);
                sheet(workbook.createSheet(name), sheets.get(i), styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
        }
    }

    /**
     * A name Excel accepts: none of {@code []:*?/\} (replaced by "-"), no leading or trailing apostrophe, at most 31
     * characters, not blank ("Sheet{number}" instead).
     */
    static String sanitizeSheetName(String name, int number) {
        String clean = name == null ? "" : FORBIDDEN_IN_SHEET_NAME.matcher(name).replaceAll("-");
        clean = clean.strip().replaceAll("^'+|'+$", "").strip();
        if (clean.isEmpty()) {
            clean = "Sheet" + number;
        }
        return clean.length() > MAX_SHEET_NAME
                ? clean.substring(0, MAX_SHEET_NAME).strip()
                : clean;
    }

    /** {@code name}, or "name (2)", "name (3)" … shortened to fit, when already taken. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void sheet(Sheet sheet, XlsxTable table, Styles styles) {
        int columns = table.columns().size();
        int r = 0;
        for (String line : table.titleLines()) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(20);
            cell(row, 0, line, styles.title);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            }
            r++;
        }
        if (!table.titleLines().isEmpty()) {
            r++;
        }
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns; c++) {
            cell(header, c, table.columns().get(c), styles.header);
        }
        for (List<String> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                cell(row, c, c < values.size() ? values.get(c) : "", styles.data);
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, width(table, c) * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /**
     * The given width, else one fitted to the longest word of the (wrapped) header and the longest value among the
     * first rows, within 6–50 characters.
     */
    private static int width(XlsxTable table, int column) {
        List<Integer> given = table.columnWidthsChars();
        if (given != null && column < given.size() && given.get(column) != null) {
            return Math.clamp(given.get(column), 1, 255);
        }
        int longest = 0;
        for (String word : table.columns().get(column).split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        for (List<String> row :
                table.rows().subList(0, Math.min(WIDTH_SAMPLE_ROWS, table.rows().size()))) {
            if (column < row.size()) {
                longest = Math.max(longest, row.get(column).length());
            }
        }
        return Math.clamp(longest + 2, MIN_WIDTH, MAX_WIDTH);
    }

    /** The three cell styles of a workbook, created once: a workbook holds at most 64,000 styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle data;

        Styles(Workbook workbook) {
            Font standard = workbook.getFontAt(0);
            standard.setFontName(FONT);
            standard.setFontHeightInPoints((short) 12);

            title = workbook.createCellStyle();
            title.setFont(font(workbook, 13, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            header = bordered(workbook, font(workbook, 12, true));
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            data = bordered(workbook, font(workbook, 12, false));
            data.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(Workbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static Font font(Workbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }
    }
}
