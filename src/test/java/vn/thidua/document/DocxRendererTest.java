package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.OfficialDocument.Span;

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

    static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream()
                .filter(r -> r.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + p.getText()));
    }

    @Test
    void spansKeepTheirBoldItalicAndUnderline() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(Plans.plan()))) {
            XWPFParagraph item = paragraph(
                    docx,
                    "- Phát hiện, bồi dưỡng, xây dựng và nhân rộng các điển hình tiên tiến trong cán bộ, giáo viên,"
                            + " nhân viên;");
            assertThat(item.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(item.getFirstLineIndent()).isEqualTo(720);
            XWPFRun bullet = run(item, "- Phát hiện, bồi dưỡng, ");
            assertThat(bullet.isBold()).isFalse();
            assertThat(bullet.isItalic()).isFalse();
            assertThat(run(item, "xây dựng và nhân rộng").isBold()).isTrue();
            XWPFRun italic = run(item, "cán bộ, giáo viên, nhân viên");
            assertThat(italic.isItalic()).isTrue();
            assertThat(italic.isBold()).isFalse();

            XWPFParagraph motive = paragraph(docx, "- Tạo động lực thi đua thực hiện thắng lợi nhiệm vụ năm học.");
            assertThat(run(motive, "thực hiện thắng lợi").getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(run(motive, " nhiệm vụ năm học.").getUnderline()).isEqualTo(UnderlinePatterns.NONE);

            assertThat(paragraph(docx, "1. Mục đích").getRuns()).singleElement().satisfies(r -> assertThat(r.isBold())
                    .isTrue());
            XWPFParagraph heading = paragraph(docx, "I. MỤC ĐÍCH, YÊU CẦU");
            assertThat(heading.getRuns()).isNotEmpty().allMatch(XWPFRun::isBold);
            assertThat(heading.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        }
    }

    @Test
    void aRichArticleAndAHeadingStayBold() throws IOException {
        OfficialDocument document = OfficialDocument.builder("Trường Mầm non Quang Trung", "Quyết định")
                .block(Block.rich(
                        OfficialDocument.BlockKind.HEADING,
                        List.of(Span.plain("III. "), new Span("TỔ CHỨC", false, true, false))))
                .block(Block.rich(
                        OfficialDocument.BlockKind.ARTICLE,
                        List.of(Span.plain("Điều 2. Giao "), new Span("Tổ chuyên môn", false, true, false))))
                .build();
        try (XWPFDocument docx = reopen(DocxRenderer.render(document))) {
            XWPFParagraph heading = paragraph(docx, "III. TỔ CHỨC");
            assertThat(heading.getRuns()).allMatch(XWPFRun::isBold);
            assertThat(run(heading, "TỔ CHỨC").isItalic()).isTrue();
            XWPFParagraph article = paragraph(docx, "Điều 2. Giao Tổ chuyên môn");
            assertThat(article.getRuns())
                    .extracting(XWPFRun::text)
                    .containsExactly("Điều 2.", " Giao ", "Tổ chuyên môn");
            assertThat(article.getRuns()).extracting(XWPFRun::isBold).containsExactly(true, false, false);
            assertThat(run(article, "Tổ chuyên môn").isItalic()).isTrue();
        }
    }

    @Test
    void aTableBlockIsABorderedTimelineInTheBody() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(Plans.plan()))) {
            XWPFTable timeline = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("TT")
                            && t.getRow(0).getTableCells().size() == 4)
                    .findFirst()
                    .orElseThrow();
            assertThat(timeline.getTopBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            assertThat(timeline.getInsideVBorderType()).isEqualTo(XWPFBorderType.SINGLE);
            XWPFTableRow header = timeline.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("TT", "Nội dung công việc", "Thời gian", "Người thực hiện");
            XWPFParagraph headerCell = header.getCell(1).getParagraphs().getFirst();
            assertThat(headerCell.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(headerCell.getRuns().getFirst().isBold()).isTrue();
            assertThat(timeline.getRows()).hasSize(4);
            assertThat(timeline.getRow(3).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .containsExactly("3", "Tổng kết, nhân rộng điển hình", "Tháng 5/2020", "Hiệu trưởng, tổ trưởng");
            int widest = timeline.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue())
                    .max()
                    .orElseThrow();
            assertThat(timeline.getCTTbl().getTblGrid().getGridColArray(1).getW())
                    .isEqualTo(BigInteger.valueOf(widest));

            // It sits between body paragraphs, before the closing table, with a paragraph after it.
            int at = docx.getBodyElements().indexOf(timeline);
            assertThat(docx.getBodyElements().get(at + 1)).isInstanceOf(XWPFParagraph.class);
            assertThat(docx.getTables().indexOf(timeline)).isEqualTo(1);
            assertThat(docx.getTables().get(2).getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
        }
    }

    @Test
    void pagesAreNumberedAtTheTopFromTheSecondPageOn() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(Plans.plan()))) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.isSetTitlePg()).isTrue();
            assertThat(POIXMLUnits.parseOnOff(section.getTitlePg())).isTrue();

            XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
            XWPFHeader numbered = policy.getDefaultHeader();
            assertThat(numbered).isNotNull();
            assertThat(numbered._getHdrFtr().xmlText()).contains("PAGE").contains("fldChar");
            XWPFParagraph number = numbered.getParagraphs().getFirst();
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(number.getRuns())
                    .allMatch(r -> r.getFontSizeAsDouble() == 13.0)
                    .allMatch(r -> "Times New Roman".equals(r.getFontFamily()));

            XWPFHeader first = policy.getFirstPageHeader();
            assertThat(first).isNotNull();
            assertThat(first.getText()).isBlank();
            assertThat(first._getHdrFtr().xmlText()).doesNotContain("PAGE");
        }
    }

    @Test
    void thePlanKeepsA4Decree30MarginsAndTimesNewRoman() throws IOException {
        try (XWPFDocument docx = reopen(DocxRenderer.render(Plans.plan()))) {
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
            List<XWPFRun> runs = allRuns(docx);
            for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                assertThat(runs).allMatch(r -> "Times New Roman".equals(r.getFontFamily(range)), range.name());
            }
        }
    }
}
