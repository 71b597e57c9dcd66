package vn.thidua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.BlockKind;
import vn.thidua.document.OfficialDocument.Span;

/**
 * Body blocks from the text office staff type into a text area. Every non-blank line is a paragraph of its own; a line
 * starting with {@code #} and a space is a heading. Inline, {@code **bold**}, {@code *italic*} or {@code _italic_} and
 * {@code ++underline++} are styled; everything else, HTML and links included, stays literal text. Leading bullets and
 * numbers ({@code - }, {@code + }, {@code a) }, {@code 1. }, {@code 2.1. }) are kept as typed. Consecutive lines
 * starting with {@code |} are a bordered table — cells between bars, the first line its header, "|---|" lines
 * ignored — as in a criteria table "| TT | Tiêu chí | Điểm tối đa |". Stateless and thread-safe.
 */
public final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^#+\\s+(.*)$");
    private static final String TABLE_BAR = "|";
    /** A Markdown-style separator line under a table header, "|---|:---:|". */
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|[\\s:|-]*-[\\s:|-]*$");
    /** A bullet or number a Vietnamese plan puts before an item, with the space after it. */
    private static final Pattern LEADER = Pattern.compile("^(?:[-+*•]|\\p{L}\\)|\\d+(?:\\.\\d+)*[.)])\\s+");

    /** Inline markup only: with no block parser on, a line can never become a list, heading, quote or HTML block. */
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .customDelimiterProcessor(new UnderlineDelimiter())
            .build();

    private MarkdownBlocks() {}

    /** The blocks of {@code source}, one per non-blank line; empty for null or blank input. */
    public static List<Block> parse(String source) {
        if (source == null || source.isBlank()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String raw : source.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith(TABLE_BAR)) {
                if (!TABLE_RULE.matcher(line).matches()) {
                    table.add(cells(line));
                }
                continue;
            }
            endTable(table, blocks);
            if (line.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                if (!heading.group(1).isBlank()) {
                    blocks.add(
                            Block.rich(BlockKind.HEADING, spans(heading.group(1).strip())));
                }
            } else {
                blocks.add(Block.rich(BlockKind.PARAGRAPH, spans(line)));
            }
        }
        endTable(table, blocks);
        return List.copyOf(blocks);
    }

    /** Closes a table being collected: its first row is the header. */
    private static void endTable(List<List<String>> rows, List<Block> blocks) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> padded = rows.stream()
                .map(r -> {
                    List<String> cells = new ArrayList<>(r);
                    while (cells.size() < width) {
                        cells.add("");
                    }
                    return List.copyOf(cells);
                })
                .toList();
        blocks.add(Block.table(
                new OfficialDocument.AnnexSection(null, padded.getFirst(), padded.subList(1, padded.size()))));
        rows.clear();
    }

    /** "| a | b |" → [a, b]; a missing closing bar is forgiven. */
    private static List<String> cells(String line) {
        String inner = line.substring(1);
        if (inner.endsWith(TABLE_BAR)) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return java.util.Arrays.stream(inner.split("\\|", -1))
                .map(String::strip)
                .toList();
    }

    /** The text of {@code source} without markup, one line per block; empty for null or blank input. */
    public static String plainText(String source) {
        return parse(source).stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /** The spans of one line: its leader as typed, then its inline markup. */
    private static List<Span> spans(String line) {
        Spans spans = new Spans();
        Matcher leader = LEADER.matcher(line);
        String rest = line;
        if (leader.lookingAt()) {
            spans.add(leader.group(), Style.PLAIN);
            rest = line.substring(leader.end());
        }
        Node document = PARSER.parse(rest);
        Node paragraph = document.getFirstChild();
        if (paragraph instanceof Paragraph && paragraph.getNext() == null) {
            walk(paragraph, Style.PLAIN, rest, spans);
        } else {
            // e.g. "[1]: ..." taken for a link reference definition: keep the line as typed.
            spans.add(rest, Style.PLAIN);
        }
        return spans.list;
    }

    private static void walk(Node parent, Style style, String source, Spans spans) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> spans.add(text.getLiteral(), style);
                case StrongEmphasis strong -> walk(strong, style.withBold(), source, spans);
                case Emphasis emphasis -> walk(emphasis, style.withItalic(), source, spans);
                case Underline underline -> walk(underline, style.withUnderline(), source, spans);
                case Code code -> spans.add(code.getLiteral(), style);
                case HtmlInline html -> spans.add(html.getLiteral(), style);
                case SoftLineBreak ignored -> spans.add(" ", style);
                case HardLineBreak ignored -> spans.add("\n", style);
                default -> spans.add(literal(node, source), style);
            }
        }
    }

    /** Links, images and anything else as typed. */
    private static String literal(Node node, String source) {
        List<SourceSpan> sourceSpans = node.getSourceSpans();
        if (sourceSpans.isEmpty()) {
            return "";
        }
        int start = sourceSpans.getFirst().getInputIndex();
        SourceSpan last = sourceSpans.getLast();
        return source.substring(start, last.getInputIndex() + last.getLength());
    }

    private record Style(boolean bold, boolean italic, boolean underline) {
        static final Style PLAIN = new Style(false, false, false);

        Style withBold() {
            return new Style(true, italic, underline);
        }

        Style withItalic() {
            return new Style(bold, true, underline);
        }

        Style withUnderline() {
            return new Style(bold, italic, true);
        }
    }

    /** Collects spans, joining neighbours of the same style. */
    private static final class Spans {
        private final List<Span> list = new ArrayList<>();

        void add(String text, Style style) {
            if (text.isEmpty()) {
                return;
            }
            if (!list.isEmpty()) {
                Span last = list.getLast();
                if (last.bold() == style.bold()
                        && last.italic() == style.italic()
                        && last.underline() == style.underline()) {
                    list.set(list.size() - 1, new Span(last.text() + text, style.bold, style.italic, style.underline));
                    return;
                }
            }
            list.add(new Span(text, style.bold, style.italic, style.underline));
        }
    }

    /** Underlined text, from {@code ++...++}. */
    private static final class Underline extends CustomNode {}

    /** Turns {@code ++text++} into an {@link Underline} node. */
    private static final class UnderlineDelimiter implements DelimiterProcessor {

        @Override
        public char getOpeningCharacter() {
            return '+';
        }

        @Override
        public char getClosingCharacter() {
            return '+';
        }

        @Override
        public int getMinLength() {
            return 2;
        }

        @Override
        public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
            if (openingRun.length() < 2 || closingRun.length() < 2) {
                return 0;
            }
            Text opener = openingRun.getOpener();
            Underline underline = new Underline();
            for (Node node : Nodes.between(opener, closingRun.getCloser())) {
                underline.appendChild(node);
            }
            opener.insertAfter(underline);
            return 2;
        }
    }
}
