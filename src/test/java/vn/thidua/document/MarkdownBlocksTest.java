package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.BlockKind;
import vn.thidua.document.OfficialDocument.Span;

class MarkdownBlocksTest {

    static Span bold(String text) {
        return new Span(text, true, false, false);
    }

    static Span italic(String text) {
        return new Span(text, false, true, false);
    }

    static Span underlined(String text) {
        return new Span(text, false, false, true);
    }

    @Test
    void everyNonBlankLineIsAParagraphAndHashesMakeAHeading() {
        List<Block> blocks = MarkdownBlocks.parse(
                """
                # I. MỤC ĐÍCH, YÊU CẦU

                Xây dựng điển hình tiên tiến trong cán bộ, giáo viên, nhân viên.
                   Phát hiện, bồi dưỡng các nhân tố mới.\r
                ## 1. Mục đích
                #hashtag không phải tiêu đề
                """);

        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(
                        BlockKind.HEADING,
                        BlockKind.PARAGRAPH,
                        BlockKind.PARAGRAPH,
                        BlockKind.HEADING,
                        BlockKind.PARAGRAPH);
        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "I. MỤC ĐÍCH, YÊU CẦU",
                        "Xây dựng điển hình tiên tiến trong cán bộ, giáo viên, nhân viên.",
                        "Phát hiện, bồi dưỡng các nhân tố mới.",
                        "1. Mục đích",
                        "#hashtag không phải tiêu đề");
        assertThat(blocks.get(1)).isEqualTo(Block.paragraph(blocks.get(1).text()));
    }

    @Test
    void boldItalicAndUnderlineBecomeSpans() {
        Block block = MarkdownBlocks.parse(
                        "Thời gian: **từ tháng 10/2016** đến *tháng 5/2020*, _báo cáo_ ++đúng hạn++ và ***cả hai***.")
                .getFirst();

        assertThat(block.spans())
                .containsExactly(
                        Span.plain("Thời gian: "),
                        bold("từ tháng 10/2016"),
                        Span.plain(" đến "),
                        italic("tháng 5/2020"),
                        Span.plain(", "),
                        italic("báo cáo"),
                        Span.plain(" "),
                        underlined("đúng hạn"),
                        Span.plain(" và "),
                        new Span("cả hai", true, true, false),
                        Span.plain("."));
        assertThat(block.text()).isEqualTo("Thời gian: từ tháng 10/2016 đến tháng 5/2020, báo cáo đúng hạn và cả hai.");
    }

    @Test
    void nestedUnderlineKeepsTheOuterStyle() {
        assertThat(MarkdownBlocks.parse("**Lưu ý: ++không++ nộp muộn**")
                        .getFirst()
                        .spans())
                .containsExactly(bold("Lưu ý: "), new Span("không", true, false, true), bold(" nộp muộn"));
    }

    @Test
    void aBoldOnlyLineIsOneBoldSpan() {
        Block block = MarkdownBlocks.parse("**1. Mục đích**").getFirst();
        assertThat(block.kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(block.spans()).containsExactly(bold("1. Mục đích"));
    }

    @Test
    void leadingBulletsAndNumbersAreKeptVerbatim() {
        List<Block> blocks = MarkdownBlocks.parse(
                """
                - Cán bộ, giáo viên đăng ký danh hiệu thi đua;
                + Tổ chuyên môn **đánh giá** hằng tháng;
                a) Đối với tập thể:
                1. Mục đích
                2.1. Nội dung **trọng tâm**
                * Dấu sao đầu dòng
                > Không phải trích dẫn
                --- không phải đường kẻ
                """);

        assertThat(blocks).allMatch(b -> b.kind() == BlockKind.PARAGRAPH);
        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "- Cán bộ, giáo viên đăng ký danh hiệu thi đua;",
                        "+ Tổ chuyên môn đánh giá hằng tháng;",
                        "a) Đối với tập thể:",
                        "1. Mục đích",
                        "2.1. Nội dung trọng tâm",
                        "* Dấu sao đầu dòng",
                        "> Không phải trích dẫn",
                        "--- không phải đường kẻ");
        assertThat(blocks.get(1).spans())
                .containsExactly(Span.plain("+ Tổ chuyên môn "), bold("đánh giá"), Span.plain(" hằng tháng;"));
        assertThat(blocks.get(4).spans()).containsExactly(Span.plain("2.1. Nội dung "), bold("trọng tâm"));
    }

    @Test
    void htmlLinksAndLoneMarkersStayLiteral() {
        List<Block> blocks = MarkdownBlocks.parse(
                """
                <script>alert('x')</script> <b>đậm</b>
                Xem [Quyết định 15](http://example.org/qd) và <http://example.org>
                [1]: http://example.org
                Tổng 1 + 1 = 2, hệ số 2 * 3 * 4, tệp bao_cao_nam.docx, PHÒNG GD&ĐT
                """);

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "<script>alert('x')</script> <b>đậm</b>",
                        "Xem [Quyết định 15](http://example.org/qd) và <http://example.org>",
                        "[1]: http://example.org",
                        "Tổng 1 + 1 = 2, hệ số 2 * 3 * 4, tệp bao_cao_nam.docx, PHÒNG GD&ĐT");
        assertThat(blocks.getFirst().spans()).containsExactly(Span.plain("<script>alert('x')</script> <b>đậm</b>"));
    }

    @Test
    void blankInputGivesNoBlocks() {
        assertThat(MarkdownBlocks.parse(null)).isEmpty();
        assertThat(MarkdownBlocks.parse("")).isEmpty();
        assertThat(MarkdownBlocks.parse(" \n\t\n  ")).isEmpty();
        assertThat(MarkdownBlocks.parse("#   ")).extracting(Block::text).containsExactly("#");
        assertThat(MarkdownBlocks.plainText(null)).isEmpty();
    }

    @Test
    void plainTextDropsTheMarkup() {
        assertThat(MarkdownBlocks.plainText("# II. NỘI DUNG\n\n- Đăng ký **thi đua** ++đầu năm++\n*Ghi chú*"))
                .isEqualTo("II. NỘI DUNG\n- Đăng ký thi đua đầu năm\nGhi chú");
    }

    @Test
    void linesStartingWithABarAreATableWithItsFirstLineAsHeader() {
        List<Block> blocks = MarkdownBlocks.parse(
                """
                **3. Tiêu chí chấm điểm**
                | TT | Tiêu chí | Điểm tối đa |
                |----|:--------|------------:|
                | 1 | Ngày công | 5 |
                | 2 | Chuyên môn | 10
                |3|Trang phục|
                Xếp loại theo tổng điểm.
                """);
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH);
        var table = blocks.get(1).table();
        assertThat(table.columns()).containsExactly("TT", "Tiêu chí", "Điểm tối đa");
        assertThat(table.rows())
                .containsExactly(
                        List.of("1", "Ngày công", "5"),
                        List.of("2", "Chuyên môn", "10"),
                        List.of("3", "Trang phục", ""));
        assertThat(MarkdownBlocks.parse("| a | b |").getFirst().table().rows()).isEmpty();
    }
}
