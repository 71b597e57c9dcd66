package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import vn.thidua.document.OfficialDocument.Block;

class PdfRendererTest {

    static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    /** The text of the page with every run of white space, line breaks included, as one space. */
    static String flat(PdfReader reader, int page) throws IOException {
        return text(reader, page).replaceAll("\\s+", " ");
    }

    static String allText(PdfReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(flat(reader, page)).append(' ');
        }
        return text.toString();
    }

    @Test
    void thePlanPrintsItsHeaderTitleClosingAndAnnexInVietnamese() throws IOException {
        byte[] pdf = PdfRenderer.render(Plans.plan());
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            Rectangle size = reader.getPageSizeWithRotation(1);
            assertThat(size.getWidth()).isEqualTo(595f, offset(1f));
            assertThat(size.getHeight()).isEqualTo(842f, offset(1f));

            String first = flat(reader, 1);
            assertThat(first)
                    .contains("PHÒNG GD&ĐT THÀNH PHỐ THÁI NGUYÊN")
                    .contains("TRƯỜNG MẦM NON QUANG TRUNG")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Số: 91/KH-MNQT")
                    .contains("TP. Thái Nguyên, ngày 20 tháng 10 năm 2016")
                    .contains("KẾ HOẠCH")
                    .contains("Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2016 - 2020")
                    .contains("I. MỤC ĐÍCH, YÊU CẦU")
                    .contains("Nội dung công việc")
                    .contains("Tổng kết, nhân rộng điển hình");

            String all = allText(reader);
            assertThat(all)
                    .contains("Nơi nhận:")
                    .contains("- Phòng GDĐT TPTN (B/c);")
                    .contains("- Lưu: VT.")
                    .contains("HIỆU TRƯỞNG")
                    .contains(Plans.SIGNER);

            String annex = flat(reader, reader.getNumberOfPages());
            assertThat(annex)
                    .contains("DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN")
                    .contains("Họ và tên")
                    .contains("Nguyễn Thị Hằng")
                    .contains("Phó Hiệu trưởng");
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/Identity-H").contains("LiberationSerif").contains("/FontFile2");
    }

    @Test
    void pagesFromTheSecondOnAreNumberedAtTheTop() throws IOException {
        try (PdfReader reader = new PdfReader(PdfRenderer.render(Plans.plan(40, 30)))) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            assertThat(text(reader, 1).strip()).doesNotStartWith("1");
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                assertThat(text(reader, page).strip().lines().findFirst())
                        .as("first line of page %d", page)
                        .hasValue(String.valueOf(page));
            }
        }
    }

    @Test
    void noLineOrRowIsLostAcrossPages() throws IOException {
        int members = 120;
        int paragraphs = 40;
        try (PdfReader reader = new PdfReader(PdfRenderer.render(Plans.plan(members, paragraphs)))) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            String all = allText(reader);
            for (int i = 1; i <= paragraphs; i++) {
                assertThat(all).contains("Đoạn bổ sung số " + i + ":");
            }
            for (int i = 3; i <= members; i++) {
                assertThat(all).containsPattern("Thành viên số " + i + "(?!\\d)");
            }
            // The header row repeats on every page of the annex.
            long headerRows = IntStream.rangeClosed(1, reader.getNumberOfPages())
                    .mapToObj(page -> {
                        try {
                            return text(reader, page);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(page -> page.contains("Họ và tên"))
                    .count();
            assertThat(headerRows).isGreaterThanOrEqualTo(2);
            assertThat(all).contains(Plans.SIGNER);
        }
    }

    @Test
    void spansAndArticlesPrintTheirText() throws IOException {
        OfficialDocument decision = OfficialDocument.builder("Trường Mầm non Quang Trung", "Quyết định")
                .number("Số: 15/QĐ-MNQT")
                .subject("Về việc công nhận điển hình tiên tiến")
                .authorityLine("Hiệu trưởng Trường Mầm non Quang Trung")
                .block(Block.centeredBold("QUYẾT ĐỊNH:"))
                .block(Block.article("Điều 1. Công nhận 02 cá nhân là điển hình tiên tiến."))
                .block(MarkdownBlocks.parse("Điều 2. **Tổ chuyên môn** và *cá nhân* có tên ++thi hành++.")
                        .getFirst())
                .build();
        try (PdfReader reader = new PdfReader(PdfRenderer.render(decision))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String page = flat(reader, 1);
            assertThat(page)
                    .contains("HIỆU TRƯỞNG TRƯỜNG MẦM NON QUANG TRUNG")
                    .contains("QUYẾT ĐỊNH:")
                    .contains("Điều 1.")
                    .contains("Tổ chuyên môn")
                    .contains("thi hành")
                    .doesNotContain("**")
                    .doesNotContain("++");
        }
    }

    @Test
    void aMinimalDocumentRenders() throws IOException {
        OfficialDocument bare = OfficialDocument.builder("Trường Mầm non Quang Trung", "Thông báo")
                .build();
        try (PdfReader reader = new PdfReader(PdfRenderer.render(bare))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(text(reader, 1)).contains("THÔNG BÁO");
        }
        assertThat(Plans.plan().body().stream().map(Block::text).collect(Collectors.joining()))
                .doesNotContain("**");
    }
}
