package vn.thidua.document;

import java.util.List;

/**
 * One worksheet of an {@link XlsxRenderer} export: title lines, a header row and data rows.
 *
 * @param sheetName the sheet name; sanitised to Excel's rules when rendered
 * @param titleLines lines printed above the table, each merged across the columns
 * @param columns the header row; not empty
 * @param rows the data rows; null cells become empty, missing cells are left empty
 * @param columnWidthsChars column widths in characters; null (or a null entry) means a width fitted to the content
 */
public record XlsxTable(
        String sheetName,
        List<String> titleLines,
        List<String> columns,
        List<List<String>> rows,
        List<Integer> columnWidthsChars) {

    public XlsxTable {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("columns must not be empty");
        }
        titleLines = titleLines == null ? List.of() : cells(titleLines);
        columns = cells(columns);
        rows = rows == null ? List.of() : rows.stream().map(XlsxTable::cells).toList();
        columnWidthsChars =
                columnWidthsChars == null ? null : columnWidthsChars.stream().toList();
    }

    private static List<String> cells(List<String> row) {
        return row == null
                ? List.of()
                : row.stream().map(c -> c == null ? "" : c).toList();
    }
}
