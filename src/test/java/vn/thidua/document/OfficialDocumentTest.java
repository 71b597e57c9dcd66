package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.BlockKind;
import vn.thidua.document.OfficialDocument.Span;

class OfficialDocumentTest {

    @Test
    void aPlainBlockHasOnePlainSpanAndNoTable() {
        Block block = new Block(BlockKind.PARAGRAPH, "Động viên, khích lệ.");
        assertThat(block.spans()).containsExactly(Span.plain("Động viên, khích lệ."));
        assertThat(block.table()).isNull();
        assertThat(Block.heading("I. MỤC ĐÍCH").spans()).containsExactly(Span.plain("I. MỤC ĐÍCH"));
        assertThat(block).isEqualTo(Block.rich(BlockKind.PARAGRAPH, List.of(Span.plain("Động viên, khích lệ."))));
    }

    @Test
    void aRichBlockJoinsItsSpans() {
        Block block = Block.rich(
                BlockKind.PARAGRAPH, List.of(Span.plain("Thời gian: "), new Span("tháng 10/2016", true, false, false)));
        assertThat(block.text()).isEqualTo("Thời gian: tháng 10/2016");
        assertThat(block.spans()).hasSize(2);
        assertThat(Block.rich(BlockKind.PARAGRAPH, List.of()).text()).isEmpty();
        assertThatThrownBy(() -> new Block(BlockKind.PARAGRAPH, "khác", List.of(Span.plain("Thời gian")), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.rich(BlockKind.TABLE, List.of(Span.plain("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableBlockHoldsOnlyItsTable() {
        Block block = Block.table(Plans.TIMELINE);
        assertThat(block.kind()).isEqualTo(BlockKind.TABLE);
        assertThat(block.table()).isSameAs(Plans.TIMELINE);
        assertThat(block.text()).isEmpty();
        assertThat(block.spans()).isEmpty();
        assertThatThrownBy(() -> Block.table(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Block(BlockKind.PARAGRAPH, "x", null, Plans.TIMELINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renderersPrintHeadingsBoldAndAnArticlesNumberBold() {
        assertThat(Printing.spans(Block.rich(
                        BlockKind.HEADING, List.of(Span.plain("II. "), new Span("NỘI DUNG", false, true, false)))))
                .containsExactly(new Span("II. ", true, false, false), new Span("NỘI DUNG", true, true, false));
        assertThat(Printing.spans(Block.rich(
                        BlockKind.ARTICLE,
                        List.of(Span.plain("Điều 1"), Span.plain(". Công nhận "), new Span("02", false, false, true)))))
                .containsExactly(
                        new Span("Điều 1", true, false, false),
                        new Span(".", true, false, false),
                        Span.plain(" Công nhận "),
                        new Span("02", false, false, true));
        assertThat(Printing.spans(Block.article("Không có số điều"))).containsExactly(Span.plain("Không có số điều"));
    }
}
