package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class CertificatePdfRendererTest {

    static Certificate certificate(String name, String achievement) {
        return new Certificate(
                "Ủy ban nhân dân xã Phan Đình Phùng",
                "Chủ tịch Ủy ban nhân dân xã Phan Đình Phùng",
                "Giấy khen",
                name,
                "Giáo viên Trường Mầm non Quang Trung",
                achievement,
                "Quyết định số 15/QĐ-UBND ngày 20/6/2026",
                "Phan Đình Phùng, ngày 20 tháng 6 năm 2026",
                "Chủ tịch",
                "Trần Văn An");
    }

    static final String ACHIEVEMENT = "Đã có thành tích xuất sắc trong năm học 2025-2026";

    static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    @Test
    void onePageOfA4LandscapePerCertificate() throws IOException {
        byte[] pdf = CertificatePdfRenderer.render(List.of(
                certificate("Bà Nguyễn Thị Hằng", ACHIEVEMENT),
                certificate("Ông Đặng Quốc Việt", ACHIEVEMENT),
                certificate("Bà Lê Thị Thuỷ", ACHIEVEMENT)));
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(3);
            Rectangle size = reader.getPageSizeWithRotation(1);
            assertThat(size.getWidth()).isEqualTo(842f, offset(1f));
            assertThat(size.getHeight()).isEqualTo(595f, offset(1f));
            assertThat(text(reader, 2)).contains("Đặng Quốc Việt");
        }
    }

    @Test
    void vietnameseTextIsExtractableFromTheEmbeddedFont() throws IOException {
        byte[] pdf = CertificatePdfRenderer.render(List.of(certificate("Bà Nguyễn Thị Hằng", ACHIEVEMENT)));
        try (PdfReader reader = new PdfReader(pdf)) {
            String page = text(reader, 1);
            assertThat(page)
                    .contains("Nguyễn Thị Hằng")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("GIẤY KHEN")
                    .contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHAN ĐÌNH PHÙNG")
                    .contains("Quyết định số 15/QĐ-UBND")
                    .contains("Trần Văn An");
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/Identity-H").contains("DejaVuSerif").contains("/FontFile2");
    }

    @Test
    void longTextShrinksToStayOnOnePage() throws IOException {
        String longAchievement = (ACHIEVEMENT + ", ").repeat(25);
        byte[] pdf = CertificatePdfRenderer.render(List.of(certificate("Bà Nguyễn Thị Hằng", longAchievement)));
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(text(reader, 1)).contains("Trần Văn An");
        }
    }

    @Test
    void rejectsAnEmptyListAndAMissingRecipient() {
        assertThatThrownBy(() -> CertificatePdfRenderer.render(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> certificate(" ", ACHIEVEMENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
