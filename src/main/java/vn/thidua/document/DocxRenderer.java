package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
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
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders an {@link OfficialDocument} as DOCX in the Decree 30/2020 layout: A4 portrait, margins 20/20/30/15 mm,
 * Times New Roman, 13 pt body, page numbers centred at the top from the second page on. Stateless and thread-safe.
 */
public final class DocxRenderer {

    private static final String FONT = "Times New Roman";
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP = millimetres(20);
    private static final int MARGIN_BOTTOM = millimetres(20);
    private static final int MARGIN_LEFT = millimetres(30);
    private static final int MARGIN_RIGHT = millimetres(15);

    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** 1.27 cm. */
    private static final int FIRST_LINE_INDENT = 720;
    /** Word's default left and right cell margin. */
    private static final int CELL_MARGIN = 108;
    /** 6 pt, the minimum paragraph spacing of Decree 30. */
    private static final int PARAGRAPH_SPACING = 120;

    private static final int[] HEADER_COLUMNS = {4000, TEXT_WIDTH - 4000};
    private static final int[] CLOSING_COLUMNS = {4300, TEXT_WIDTH - 4300};

    private static final int TITLE_SIZE = 14;
    private static final int BODY_SIZE = 13;
    private static final int SMALL_SIZE = 12;
    private static final int RECIPIENT_SIZE = 11;
    private static final int SIGNATURE_SPACE_LINES = 4;
    /** The short rule's paragraph mark (2 pt, in half-points) and its gap to the line above (2 pt, in twips). */
    private static final int RULE_MARK_HALF_POINTS = 4;

    private static final int RULE_GAP = 40;
    /** About the number of characters of one full line of the bold 14 pt subject. */
    private static final int SUBJECT_LINE_CHARACTERS = 60;

    /** The distance of the page number from the top edge: 10 mm, in the middle of the top margin. */
    private static final int HEADER_DISTANCE = millimetres(10);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private DocxRenderer() {}

    /** The document as DOCX bytes. */
    public static byte[] render(OfficialDocument document) {
        Objects.requireNonNull(document, "document");
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(docx);
            header(docx, document);
            title(docx, document);
            for (String basis : document.legalBases()) {
                XWPFParagraph p = indented(docx.createParagraph());
                run(p, basis, BODY_SIZE, false, true);
            }
            for (OfficialDocument.Block block : document.body()) {
                block(docx, block);
            }
            closing(docx, document);
            for (OfficialDocument.Annex annex : document.annexes()) {
                annex(docx, annex);
            }
            // Word wants the body to end with a paragraph, not a table.
            spaced(docx.createParagraph(), ParagraphAlignment.LEFT, 0);
            page(docx);
            pageNumbers(docx);
            docx.getProperties().getCoreProperties().setTitle(titleOf(document));
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String titleOf(OfficialDocument document) {
        return document.subject() == null
                ? document.documentType()
                : document.documentType() + " " + document.subject();
    }

    /** Document defaults: Times New Roman 13 pt, Vietnamese, so that empty paragraphs measure like text. */
    private static void defaults(XWPFDocument docx) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        timesNewRoman(rPr.addNewRFonts());
        rPr.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rPr.addNewLang().setVal("vi-VN");
        docx.createStyles().setStyles(styles);
    }

    private static void timesNewRoman(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    /** A4 portrait with the Decree 30 margins. */
    private static void page(XWPFDocument docx) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * Decree 30 page numbers: Arabic numerals, 13 pt, centred in the top margin, from the second page on. The default
     * header holds a PAGE field; the first page has its own, empty header.
     */
    private static void pageNumbers(XWPFDocument docx) {
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty()
                ? header.createParagraph()
                : header.getParagraphs().getFirst();
        spaced(p, ParagraphAlignment.CENTER, 0);
        styledRun(p, BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = styledRun(p, BODY_SIZE, false, false).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        styledRun(p, BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        // The field's last result, shown until it is updated.
        run(p, "2", BODY_SIZE, false, false);
        styledRun(p, BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);

        XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /** Left: parent body, issuer, short rule, number. Right: national name, motto, place and date. */
    private static void header(XWPFDocument docx, OfficialDocument document) {
        XWPFTable table = table(docx, 2, HEADER_COLUMNS, false);
        XWPFTableCell bodies = table.getRow(0).getCell(0);
        if (document.parentBody() != null && !document.parentBody().isBlank()) {
            run(centred(bodies.addParagraph()), upper(document.parentBody()), SMALL_SIZE, false, false);
        }
        String issuer = upper(document.issuer());
        run(centred(bodies.addParagraph()), issuer, SMALL_SIZE, true, false);
        shortRule(bodies.addParagraph(), HEADER_COLUMNS[0] - 2 * CELL_MARGIN, ruleLength(issuer.length(), SMALL_SIZE));

        XWPFTableCell nation = table.getRow(0).getCell(1);
        run(centred(nation.addParagraph()), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SMALL_SIZE, true, false);
        run(centred(nation.addParagraph()), "Độc lập - Tự do - Hạnh phúc", BODY_SIZE, true, false)
                .setUnderline(UnderlinePatterns.SINGLE);

        if (document.number() != null) {
            XWPFParagraph p = centred(table.getRow(1).getCell(0).addParagraph());
            p.setSpacingBefore(PARAGRAPH_SPACING);
            run(p, document.number(), BODY_SIZE, false, false);
        }
        if (document.placeAndDate() != null) {
            XWPFParagraph p = centred(table.getRow(1).getCell(1).addParagraph());
            p.setSpacingBefore(PARAGRAPH_SPACING);
            run(p, document.placeAndDate(), BODY_SIZE, false, true);
        }
        dropPlaceholders(table);
    }

    /** Document type, subject with its short rule, and the issuing authority of a decision. */
    private static void title(XWPFDocument docx, OfficialDocument document) {
        XWPFParagraph type = centred(docx.createParagraph());
        type.setSpacingBefore(2 * PARAGRAPH_SPACING);
        run(type, upper(document.documentType()), TITLE_SIZE, true, false);
        if (document.subject() != null && !document.subject().isBlank()) {
            run(centred(docx.createParagraph()), document.subject(), TITLE_SIZE, true, false);
            int lineLength = Math.min(document.subject().length(), SUBJECT_LINE_CHARACTERS);
            shortRule(docx.createParagraph(), TEXT_WIDTH, ruleLength(lineLength, TITLE_SIZE));
        }
        if (document.authorityLine() != null && !document.authorityLine().isBlank()) {
            XWPFParagraph authority = centred(docx.createParagraph());
            authority.setSpacingBefore(PARAGRAPH_SPACING);
            authority.setSpacingAfter(PARAGRAPH_SPACING);
            run(authority, upper(document.authorityLine()), TITLE_SIZE, true, false);
        }
        spaced(docx.createParagraph(), ParagraphAlignment.LEFT, 0);
    }

    private static void block(XWPFDocument docx, OfficialDocument.Block block) {
        if (block.kind() == OfficialDocument.BlockKind.TABLE) {
            section(docx, block.table());
            // A paragraph after the table, so that a following table is not joined to it.
            spaced(docx.createParagraph(), ParagraphAlignment.LEFT, PARAGRAPH_SPACING);
            return;
        }
        XWPFParagraph p = indented(docx.createParagraph());
        int size = BODY_SIZE;
        switch (block.kind()) {
            case HEADING -> {
                p.setAlignment(ParagraphAlignment.LEFT);
                p.setKeepNext(true);
            }
            case CENTERED_BOLD -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setFirstLineIndent(0);
                p.setKeepNext(true);
                size = TITLE_SIZE;
            }
            case PARAGRAPH, ARTICLE, TABLE -> {}
        }
        for (OfficialDocument.Span span : Printing.spans(block)) {
            run(p, span.text(), size, span.bold(), span.italic())
                    .setUnderline(span.underline() ? UnderlinePatterns.SINGLE : UnderlinePatterns.NONE);
        }
    }

    /** Recipients on the left, the signature block centred on the right. */
    private static void closing(XWPFDocument docx, OfficialDocument document) {
        OfficialDocument.Signature signature = document.signature();
        if (document.recipients().isEmpty() && signature == null) {
            return;
        }
        XWPFTable table = table(docx, 1, CLOSING_COLUMNS, false);
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        if (!document.recipients().isEmpty()) {
            XWPFTableCell cell = row.getCell(0);
            XWPFParagraph heading = spaced(cell.addParagraph(), ParagraphAlignment.LEFT, 0);
            heading.setSpacingBefore(PARAGRAPH_SPACING);
            run(heading, "Nơi nhận:", SMALL_SIZE, true, true);
            for (String recipient : document.recipients()) {
                run(
                        spaced(cell.addParagraph(), ParagraphAlignment.LEFT, 0),
                        "- " + recipient,
                        RECIPIENT_SIZE,
                        false,
                        false);
            }
        }
        if (signature != null) {
            XWPFTableCell cell = row.getCell(1);
            XWPFParagraph title = centred(cell.addParagraph());
            title.setSpacingBefore(PARAGRAPH_SPACING);
            run(title, upper((signature.prefix() + " " + signature.title()).strip()), BODY_SIZE, true, false);
            if (signature.subTitle() != null && !signature.subTitle().isBlank()) {
                run(centred(cell.addParagraph()), upper(signature.subTitle()), BODY_SIZE, true, false);
            }
            for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
                centred(cell.addParagraph());
            }
            run(centred(cell.addParagraph()), signature.signerName(), BODY_SIZE, true, false);
        }
        dropPlaceholders(table);
    }

    /** An annex: new page, bold title, italic subtitle, then per section a bold heading and a bordered table. */
    private static void annex(XWPFDocument docx, OfficialDocument.Annex annex) {
        XWPFParagraph title = centred(docx.createParagraph());
        title.setPageBreak(true);
        run(title, upper(annex.title()), TITLE_SIZE, true, false);
        if (annex.subtitle() != null && !annex.subtitle().isBlank()) {
            run(centred(docx.createParagraph()), annex.subtitle(), BODY_SIZE, false, true);
        }
        for (OfficialDocument.AnnexSection section : annex.sections()) {
            section(docx, section);
        }
    }

    /** A bold heading, if any, and a bordered table with a repeated bold header row, if it has columns. */
    private static void section(XWPFDocument docx, OfficialDocument.AnnexSection section) {
        if (section.heading() != null && !section.heading().isBlank()) {
            XWPFParagraph heading = spaced(docx.createParagraph(), ParagraphAlignment.LEFT, PARAGRAPH_SPACING);
            heading.setSpacingBefore(PARAGRAPH_SPACING);
            heading.setKeepNext(true);
            run(heading, section.heading(), BODY_SIZE, true, false);
        }
        if (!section.columns().isEmpty()) {
            annexTable(docx, section);
        }
    }

    private static void annexTable(XWPFDocument docx, OfficialDocument.AnnexSection section) {
        List<String> columns = section.columns();
        XWPFTable table = table(docx, section.rows().size() + 1, Printing.columnWidths(section, TEXT_WIDTH), true);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            run(centred(header.getCell(c).getParagraphs().getFirst()), columns.get(c), SMALL_SIZE, true, false);
        }
        for (int r = 0; r < section.rows().size(); r++) {
            List<String> cells = section.rows().get(r);
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns.size() && c < cells.size(); c++) {
                XWPFParagraph p = spaced(row.getCell(c).getParagraphs().getFirst(), ParagraphAlignment.LEFT, 0);
                run(p, cells.get(c), SMALL_SIZE, false, false);
            }
        }
    }

    /** A fixed-layout table of the given column widths (twips), with single borders or none at all. */
    private static XWPFTable table(XWPFDocument docx, int rows, int[] widths, boolean bordered) {
        XWPFTable table = docx.createTable(rows, widths.length);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        XWPFBorderType border = bordered ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = bordered ? 4 : 0;
        table.setTopBorder(border, size, 0, "000000");
        table.setBottomBorder(border, size, 0, "000000");
        table.setLeftBorder(border, size, 0, "000000");
        table.setRightBorder(border, size, 0, "000000");
        table.setInsideHBorder(border, size, 0, "000000");
        table.setInsideVBorder(border, size, 0, "000000");
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                CTTcPr tcPr = row.getCell(c).getCTTc().isSetTcPr()
                        ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth cellWidth = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return table;
    }

    /** Removes the empty paragraph POI puts in every new cell, where content was added after it. */
    private static void dropPlaceholders(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (cell.getParagraphs().size() > 1) {
                    cell.removeParagraph(0);
                }
            }
        }
    }

    /**
     * The short solid rule under the issuer and under the subject: an empty paragraph with a bottom border, indented
     * so the border is {@code length} twips long, centred in {@code available}.
     */
    private static void shortRule(XWPFParagraph p, int available, int length) {
        int indent = Math.max(0, (available - length) / 2);
        spaced(p, ParagraphAlignment.CENTER, 0);
        p.setSpacingBefore(RULE_GAP);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        CTParaRPr mark = p.getCTPPr().addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(RULE_MARK_HALF_POINTS));
        mark.addNewSzCs().setVal(BigInteger.valueOf(RULE_MARK_HALF_POINTS));
    }

    /** About 40 % of the printed length of a line of {@code characters}: Decree 30 asks for 1/3 to 1/2 of it. */
    private static int ruleLength(int characters, int fontSize) {
        int textTwips = characters * fontSize * 12;
        return Math.clamp(textTwips * 2L / 5, 900, 3600);
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        return spaced(p, ParagraphAlignment.CENTER, 0);
    }

    /** Justified, first-line indent 1.27 cm, 6 pt after. */
    private static XWPFParagraph indented(XWPFParagraph p) {
        spaced(p, ParagraphAlignment.BOTH, PARAGRAPH_SPACING);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        return p;
    }

    private static XWPFParagraph spaced(XWPFParagraph p, ParagraphAlignment alignment, int after) {
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(after);
        return p;
    }

    /** A Times New Roman run; line breaks in {@code text} become breaks in the run. */
    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = styledRun(p, size, bold, italic);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return run;
    }

    /** An empty Times New Roman run. */
    private static XWPFRun styledRun(XWPFParagraph p, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(FONT, range);
        }
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        return run;
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }

    private static int millimetres(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }
}
