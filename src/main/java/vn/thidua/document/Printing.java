package vn.thidua.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Span;

/** What every renderer prints the same way: the styled spans of a body block and the column widths of a table. */
final class Printing {

    private static final Pattern ARTICLE = Pattern.compile("^(Điều\\s+\\d+[a-zđ]?\\.)(.*)$", Pattern.DOTALL);

    private Printing() {}

    /** Headings and centred lines bold throughout, an article's leading "Điều N." bold, other spans as they are. */
    static List<Span> spans(Block block) {
        return switch (block.kind()) {
            case HEADING, CENTERED_BOLD ->
                block.spans().stream()
                        .map(s -> new Span(s.text(), true, s.italic(), s.underline()))
                        .toList();
            case ARTICLE -> {
                Matcher m = ARTICLE.matcher(block.text());
                yield m.matches() ? boldPrefix(block.spans(), m.group(1).length()) : block.spans();
            }
            case PARAGRAPH, TABLE -> block.spans();
        };
    }

    /**
     * Column widths out of {@code total}, proportional to the longest text of each column (clamped to 6 to 40
     * characters), summing to {@code total}. The section must have columns.
     */
    static int[] columnWidths(AnnexSection section, int total) {
        int n = section.columns().size();
        int[] weights = new int[n];
        for (int c = 0; c < n; c++) {
            int longest = section.columns().get(c).length();
            for (List<String> row : section.rows()) {
                if (c < row.size()) {
                    longest = Math.max(longest, row.get(c).length());
                }
            }
            weights[c] = Math.clamp(longest, 6, 40);
        }
        int sum = Arrays.stream(weights).sum();
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n - 1; c++) {
            widths[c] = total * weights[c] / sum;
            used += widths[c];
        }
        widths[n - 1] = total - used;
        return widths;
    }

    /** The spans with their first {@code length} characters bold, splitting the span where the bold part ends. */
    private static List<Span> boldPrefix(List<Span> spans, int length) {
        List<Span> result = new ArrayList<>();
        int left = length;
        for (Span span : spans) {
            String text = span.text();
            if (left <= 0) {
                result.add(span);
            } else if (text.length() <= left) {
                result.add(new Span(text, true, span.italic(), span.underline()));
                left -= text.length();
            } else {
                result.add(new Span(text.substring(0, left), true, span.italic(), span.underline()));
                result.add(new Span(text.substring(left), span.bold(), span.italic(), span.underline()));
                left = 0;
            }
        }
        return result;
    }
}
