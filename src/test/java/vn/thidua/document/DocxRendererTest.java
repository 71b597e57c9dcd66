package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;

class DocxRendererTest {

    static OfficialDocument proposal() {
        return OfficialDocument.builder("Phòng Văn hóa - Xã hội", "Tờ trình")
                .parentBody("UBND xã Phan Đình Phùng")
                .number("Số: 12/TTr-VHXH")
                .placeAndDate("Phan Đình Phùng, ngày 05 tháng 02 năm 2026")
                .subject("Về việc đề nghị khen thưởng tổng kết năm học 2025-2026")
                .legalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
                .legalBasis("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;")
                .block(Block.heading("I. MỤC ĐÍCH"))
                .block(Block.paragraph("Động viên, khích lệ các tập thể và cá nhân có thành tích xuất sắc."))
                .block(Block.centeredBold("QUYẾT ĐỊNH:"))
                .block(Block.article("Điều 1. Tặng Giấy khen cho 02 cá nhân có tên trong danh sách kèm theo."))
                .recipient("Như trên;")
                .recipient("Lưu: VT, VHXH.")
                .signature(new Signature("KT.", "Trưởng phòng", "Phó Trưởng phòng", "Nguyễn Văn Bình"))
                .annex(new Annex(
                        "Danh sách đề nghị khen thưởng",
                        "(Kèm theo Tờ trình số 12/TTr-VHXH ngày 05/02/2026 của Phòng Văn hóa - Xã hội)",
                        List.of(new AnnexSection(
                                "I. CÁ NHÂN",
                                List.of("STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức"),
                                List.of(
                                        List.of("1", "Nguyễn Thị Hằng", "Giáo viên Trường MN Quang Trung", "Giấy khen"),
                                        List.of("2", "Trần Đức Lương", "Hiệu trưởng Trường TH Kim Đồng"))))))
                .build();
    }

    static XWPFDocument reopen(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    static XWPFParagraph paragraph(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + cell.getText()));
    }

    static List<XWPFRun> allRuns(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        docx.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        return runs;
    }

    @Test
    void headerIsABorderlessTableWithIssuerNationNumberAndDate() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(proposal()))) {
            XWPFTable header = docx.getTables().getFirst();
            assertThat(header.getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
            assertThat(header.getInsideVBorderType()).isEqualTo(XWPFBorderType.NONE);

            XWPFTableCell bodies = header.getRow(0).getCell(0);
            assertThat(paragraph(bodies, "UBND XÃ PHAN ĐÌNH PHÙNG")
                            .getRuns()
                            .getFirst()
                            .isBold())
                    .isFalse();
            XWPFRun issuer =
                    paragraph(bodies, "PHÒNG VĂN HÓA - XÃ HỘI").getRuns().getFirst();
            assertThat(issuer.isBold()).isTrue();
            assertThat(issuer.getFontSizeAsDouble()).isEqualTo(12.0);

            XWPFTableCell nation = header.getRow(0).getCell(1);
            assertThat(paragraph(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                            .getRuns()
                            .getFirst()
                            .isBold())
                    .isTrue();
            XWPFRun motto =
                    paragraph(nation, "Độc lập - Tự do - Hạnh phúc").getRuns().getFirst();
            assertThat(motto.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(motto.getFontSizeAsDouble()).isEqualTo(13.0);

            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 12/TTr-VHXH");
            XWPFParagraph date = paragraph(header.getRow(1).getCell(1), "Phan Đình Phùng, ngày 05 tháng 02 năm 2026");
            assertThat(date.getRuns().getFirst().isItalic()).isTrue();
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void titleLegalBasesAndBodyAreLaidOutByKind() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(proposal()))) {
            XWPFParagraph title = paragraph(docx, "TỜ TRÌNH");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().getFirst().isBold()).isTrue();
            assertThat(title.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(paragraph(docx, "Về việc đề nghị khen thưởng tổng kết năm học 2025-2026")
                            .getRuns()
                            .getFirst()
                            .isBold())
                    .isTrue();

            XWPFParagraph basis = paragraph(docx, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
            assertThat(basis.getRuns()).allMatch(XWPFRun::isItalic);
            assertThat(basis.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(paragraph(docx, "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;")
                            .getRuns())
                    .allMatch(XWPFRun::isItalic);

            assertThat(paragraph(docx, "I. MỤC ĐÍCH").getRuns().getFirst().isBold())
                    .isTrue();
            XWPFParagraph body = paragraph(docx, "Động viên, khích lệ các tập thể và cá nhân có thành tích xuất sắc.");
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getFirstLineIndent()).isEqualTo(720);
            assertThat(body.getRuns().getFirst().isBold()).isFalse();
            assertThat(body.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(13.0);

            XWPFParagraph decides = paragraph(docx, "QUYẾT ĐỊNH:");
            assertThat(decides.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(decides.getRuns().getFirst().isBold()).isTrue();

            XWPFParagraph article =
                    paragraph(docx, "Điều 1. Tặng Giấy khen cho 02 cá nhân có tên trong danh sách kèm theo.");
            assertThat(article.getRuns()).hasSize(2);
            assertThat(article.getRuns().get(0).text()).isEqualTo("Điều 1.");
            assertThat(article.getRuns().get(0).isBold()).isTrue();
            assertThat(article.getRuns().get(1).isBold()).isFalse();
        }
    }

    @Test
    void recipientsOnTheLeftSignatureOnTheRight() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(proposal()))) {
            XWPFTable closing = docx.getTables().get(1);
            assertThat(closing.getTopBorderType()).isEqualTo(XWPFBorderType.NONE);
            XWPFTableCell recipients = closing.getRow(0).getCell(0);
            XWPFRun heading = paragraph(recipients, "Nơi nhận:").getRuns().getFirst();
            assertThat(heading.isBold()).isTrue();
            assertThat(heading.isItalic()).isTrue();
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(12.0);
            XWPFRun item = paragraph(recipients, "- Như trên;").getRuns().getFirst();
            assertThat(item.getFontSizeAsDouble()).isEqualTo(11.0);
            paragraph(recipients, "- Lưu: VT, VHXH.");

            XWPFTableCell signature = closing.getRow(0).getCell(1);
            assertThat(paragraph(signature, "KT. TRƯỞNG PHÒNG")
                            .getRuns()
                            .getFirst()
                            .isBold())
                    .isTrue();
            paragraph(signature, "PHÓ TRƯỞNG PHÒNG");
            XWPFParagraph name = paragraph(signature, "Nguyễn Văn Bình");
            assertThat(name.getRuns().getFirst().isBold()).isTrue();
            assertThat(name.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(signature.getParagraphs()).hasSizeGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void annexStartsOnANewPageWithABorderedTable() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(proposal()))) {
            assertThat(paragraph(docx, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG").isPageBreak())
                    .isTrue();
            XWPFParagraph subtitle =
                    paragraph(docx, "(Kèm theo Tờ trình số 12/TTr-VHXH ngày 05/02/2026 của Phòng Văn hóa - Xã hội)");
            assertThat(subtitle.getRuns().getFirst().isItalic()).isTrue();
            paragraph(docx, "I. CÁ NHÂN");

            XWPFTable annex = docx.getTables().getLast();
            assertThat(annex.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(annex.getInsideHBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(annex.getRows()).hasSize(3);
            XWPFTableRow header = annex.getRow(0);
            assertThat(header.getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức");
            assertThat(header.getCell(1)
                            .getParagraphs()
                            .getFirst()
                            .getRuns()
                            .getFirst()
                            .isBold())
                    .isTrue();
            assertThat(annex.getRow(1).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("1", "Nguyễn Thị Hằng", "Giáo viên Trường MN Quang Trung", "Giấy khen");
            assertThat(annex.getRow(2).getCell(3).getText()).isEmpty();
        }
    }

    @Test
    void pageIsA4PortraitWithDecree30Margins() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(proposal()))) {
            CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
            assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
            assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
        }
    }

    @Test
    void everyRunIsTimesNewRomanForEveryScript() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(proposal()))) {
            List<XWPFRun> runs = allRuns(docx);
            assertThat(runs).hasSizeGreaterThan(20);
            for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                assertThat(runs).allMatch(r -> "Times New Roman".equals(r.getFontFamily(range)), range.name());
            }
        }
    }

    @Test
    void aDecisionPrintsItsAuthorityAndAMinimalDocumentHasNoEmptyTable() throws IOException {
        OfficialDocument decision = OfficialDocument.builder("Sở Giáo dục và Đào tạo", "Quyết định")
                .subject("Về việc tặng danh hiệu Lao động tiên tiến")
                .authorityLine("Giám đốc Sở Giáo dục và Đào tạo")
                .build();
        try (XWPFDocument docx = reopen(DocxRenderer.render(decision))) {
            assertThat(paragraph(docx, "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO")
                            .getRuns()
                            .getFirst()
                            .isBold())
                    .isTrue();
            assertThat(docx.getTables()).hasSize(1);
            for (XWPFTableRow row : docx.getTables().getFirst().getRows()) {
                assertThat(row.getTableCells()).hasSize(2).allMatch(c -> !c.getParagraphs()
                        .isEmpty());
            }
            assertThat(docx.getBodyElements().getLast()).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void lineBreaksInTextAreKept() throws IOException {
        OfficialDocument document = OfficialDocument.builder("Trường Mầm non Quang Trung", "Kế hoạch")
                .block(Block.paragraph("Dòng một\nDòng hai"))
                .build();
        try (XWPFDocument docx = reopen(DocxRenderer.render(document))) {
            assertThat(paragraph(docx, "Dòng một\nDòng hai")).isNotNull();
        }
    }

    @Test
    void issuerAndTypeAreRequiredAndMissingListsAreEmpty() {
        assertThatThrownBy(() -> OfficialDocument.builder(" ", "TỜ TRÌNH").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        OfficialDocument.builder("PHÒNG VĂN HÓA - XÃ HỘI", null).build())
                .isInstanceOf(IllegalArgumentException.class);
        OfficialDocument bare = new OfficialDocument(
                null, "PHÒNG VĂN HÓA - XÃ HỘI", null, null, "TỜ TRÌNH", null, null, null, null, null, null, null);
        assertThat(bare.legalBases()).isEmpty();
        assertThat(bare.body()).isEmpty();
        assertThat(bare.recipients()).isEmpty();
        assertThat(bare.annexes()).isEmpty();
    }
}
