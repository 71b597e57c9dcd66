package vn.thidua.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A read-only table of a report, sent to the browser once as HTML and not kept in the session: a dashboard opens
 * with hundreds of rows (a province's communes, what they sent), and a server-side grid would hold each row, its
 * cells and their keys for as long as the session lives (ADR 0011, "Render once"). The first column may link each
 * row to another view ({@code router-link}: navigated in place, no reload). All text is escaped.
 *
 * <p>The content is sent with the next response after the table is attached; a table detached and attached again
 * would be empty, so a view builds new tables instead of moving them.
 */
@Tag("div")
public class SentTable extends Component {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9][0-9.,]*");

    private String html;

    /**
     * @param columns the header cells
     * @param rows the rows (as many cells as columns; the first is the row's header)
     * @param links the route each row's first cell links to, or null for none (as many as rows, or an empty list)
     */
    public SentTable(String id, List<String> columns, List<List<String>> rows, List<String> links) {
        setId(id);
        getElement().getClassList().add("thidua-report");
        html = html(columns, rows, links);
        getElement().executeJs("this.innerHTML = $0", html);
        addAttachListener(e -> e.getUI().beforeClientResponse(this, context -> html = null));
    }

    /** The HTML that will be sent (null once it was): for tests, which run without a browser. */
    public String html() {
        return html;
    }

    /**
     * Compact markup (a dashboard table is hundreds of rows, and the response that carries it stays in the session
     * until the next one): a table whose cells are all numbers is marked once ({@code class="n"} on the table) instead
     * of on each cell; header cells need no {@code scope} (a {@code th} in the head or first in a row is a header of
     * its column or row).
     */
    static String html(List<String> columns, List<List<String>> rows, List<String> links) {
        StringBuilder out = new StringBuilder(64 + rows.size() * 16 * Math.max(1, columns.size()));
        boolean[] numeric = new boolean[columns.size()];
        boolean allNumeric = true;
        for (int c = 1; c < columns.size(); c++) {
            int column = c;
            numeric[c] = rows.stream()
                    .allMatch(r -> r.get(column) != null
                            && NUMBER.matcher(r.get(column)).matches());
            allNumeric &= numeric[c];
        }
        out.append(allNumeric ? "<table class=\"n\"><thead><tr>" : "<table><thead><tr>");
        for (int c = 0; c < columns.size(); c++) {
            out.append(numeric[c] && !allNumeric ? "<th class=\"n\">" : "<th>")
                    .append(escape(columns.get(c)))
                    .append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String link = links.isEmpty() ? null : links.get(r);
            out.append("<tr><th>");
            if (link != null) {
                out.append("<a router-link href=\"")
                        .append(escape(link))
                        .append("\">")
                        .append(escape(row.getFirst()))
                        .append("</a>");
            } else {
                out.append(escape(row.getFirst()));
            }
            out.append("</th>");
            for (int c = 1; c < row.size(); c++) {
                out.append(numeric[c] && !allNumeric ? "<td class=\"n\">" : "<td>")
                        .append(escape(row.get(c)))
                        .append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
