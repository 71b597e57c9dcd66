package vn.thidua.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.OfficialDocument.Span;

/**
 * Renders an {@link OfficialDocument} as PDF in the Decree 30/2020 layout of {@link DocxRenderer}: A4 portrait,
 * margins 20/20/30/15 mm, page numbers centred at the top from the second page on, in the embedded Liberation Serif (Times New Roman metrics).
 * Stateless and thread-safe.
 */
public final class PdfRenderer {

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN_TOP = 20 * MM;
    private static final float MARGIN_BOTTOM = 20 * MM;
    private static final float MARGIN_LEFT = 30 * MM;
    private static final float MARGIN_RIGHT = 15 * MM;
    /** The baseline of the page number, from the top edge: about the middle of the top margin. */
    private static final float PAGE_NUMBER_BASELINE = 12 * MM;

    /** 1.27 cm. */
    private static final float FIRST_LINE_INDENT = 12.7f * MM;
    /** 6 pt, the minimum paragraph spacing of Decree 30. */
    private static final float PARAGRAPH_SPACING = 6;

    private static final float LEADING = 1.25f;
    private static final float TITLE_SIZE = 14;
    private static final float BODY_SIZE = 13;
    private static final float SMALL_SIZE = 12;
    private static final float RECIPIENT_SIZE = 11;
    /** Room for the handwritten signature and the seal. */
    private static final float SIGNATURE_SPACE = 72;

    private static final float CELL_PADDING = 3;
    private static final float RULE_WIDTH = 0.6f;
    /** About the number of characters of one full line of the bold 14 pt subject. */
    private static final int SUBJECT_LINE_CHARACTERS = 60;

    /** The widths of the header and closing columns, as in the DOCX (twips of the 9355-twip text width). */
    private static final float[] HEADER_COLUMNS = {4000, 5355};

    private static final float[] CLOSING_COLUMNS = {4300, 5055};

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PdfFonts fonts;

    private PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The document as PDF bytes. */
    public static byte[] render(OfficialDocument document) {
        Objects.requireNonNull(document, "document");
        return new PdfRenderer(PdfFonts.timesMetric()).write(document);
    }

    private byte[] write(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers(font(fonts.regular(), BODY_SIZE, Font.NORMAL)));
            pdf.addTitle(
                    document.subject() == null
                            ? document.documentType()
                            : document.documentType() + " " + document.subject());
            pdf.open();
            pdf.add(header(document));
            title(pdf, document);
            for (String basis : document.legalBases()) {
                pdf.add(indented(new Paragraph(chunk(basis, BODY_SIZE, false, true, false))));
            }
            for (Block block : document.body()) {
                block(pdf, block);
            }
            closing(pdf, document);
            for (Annex annex : document.annexes()) {
                annex(pdf, annex);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the document", e);
        }
        return out.toByteArray();
    }

    /** Left: parent body, issuer, short rule, number. Right: national name, motto, place and date. */
    private PdfPTable header(OfficialDocument document) {
        PdfPCell bodies = cell();
        if (present(document.parentBody())) {
            bodies.addElement(centred(upper(document.parentBody()), SMALL_SIZE, false, false, false));
        }
        String issuer = upper(document.issuer());
        bodies.addElement(centred(issuer, SMALL_SIZE, true, false, false));
        float columnWidth = width(HEADER_COLUMNS[0]);
        bodies.addElement(shortRule(fonts.bold().getWidthPoint(issuer, SMALL_SIZE), columnWidth));

        PdfPCell nation = cell();
        float nationWidth = width(HEADER_COLUMNS[1]);
        nation.addElement(oneLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SMALL_SIZE, true, false, nationWidth));
        nation.addElement(centred("Độc lập - Tự do - Hạnh phúc", BODY_SIZE, true, false, true));

        PdfPCell number = cell();
        if (document.number() != null) {
            Paragraph p = centred(document.number(), BODY_SIZE, false, false, false);
            p.setSpacingBefore(PARAGRAPH_SPACING);
            number.addElement(p);
        }
        PdfPCell date = cell();
        if (document.placeAndDate() != null) {
            Paragraph p = oneLine(document.placeAndDate(), BODY_SIZE, false, true, width(HEADER_COLUMNS[1]));
            p.setSpacingBefore(PARAGRAPH_SPACING);
            date.addElement(p);
        }
        PdfPTable table = table(HEADER_COLUMNS);
        table.addCell(bodies);
        table.addCell(nation);
        table.addCell(number);
        table.addCell(date);
        table.setKeepTogether(true);
        return table;
    }

    /** Document type, subject with its short rule, and the issuing authority of a decision. */
    private void title(Document pdf, OfficialDocument document) {
        Paragraph type = centred(upper(document.documentType()), TITLE_SIZE, true, false, false);
        type.setSpacingBefore(2 * PARAGRAPH_SPACING);
        pdf.add(type);
        if (present(document.subject())) {
            pdf.add(centred(document.subject(), TITLE_SIZE, true, false, false));
            String line =
                    document.subject().substring(0, Math.min(document.subject().length(), SUBJECT_LINE_CHARACTERS));
            pdf.add(shortRule(fonts.bold().getWidthPoint(line, TITLE_SIZE), pdf.right() - pdf.left()));
        }
        if (present(document.authorityLine())) {
            Paragraph authority = centred(upper(document.authorityLine()), TITLE_SIZE, true, false, false);
            authority.setSpacingBefore(PARAGRAPH_SPACING);
            pdf.add(authority);
        }
        Paragraph gap = new Paragraph(" ", font(fonts.regular(), BODY_SIZE, Font.NORMAL));
        gap.setLeading(0, LEADING);
        pdf.add(gap);
    }

    private void block(Document pdf, Block block) {
        if (block.kind() == OfficialDocument.BlockKind.TABLE) {
            section(pdf, block.table());
            return;
        }
        Paragraph p = indented(new Paragraph());
        float size = BODY_SIZE;
        switch (block.kind()) {
            case HEADING -> p.setAlignment(Element.ALIGN_LEFT);
            case CENTERED_BOLD -> {
                p.setAlignment(Element.ALIGN_CENTER);
                p.setFirstLineIndent(0);
                size = TITLE_SIZE;
            }
            case PARAGRAPH, ARTICLE, TABLE -> {}
        }
        for (Span span : Printing.spans(block)) {
            p.add(chunk(span.text(), size, span.bold(), span.italic(), span.underline()));
        }
        pdf.add(p);
    }

    /** Recipients on the left, the signature block centred on the right. */
    private void closing(Document pdf, OfficialDocument document) {
        Signature signature = document.signature();
        if (document.recipients().isEmpty() && signature == null) {
            return;
        }
        PdfPCell recipients = cell();
        if (!document.recipients().isEmpty()) {
            Paragraph heading = left("Nơi nhận:", SMALL_SIZE, true, true);
            heading.setSpacingBefore(PARAGRAPH_SPACING);
            recipients.addElement(heading);
            for (String recipient : document.recipients()) {
                recipients.addElement(left("- " + recipient, RECIPIENT_SIZE, false, false));
            }
        }
        PdfPCell signer = cell();
        if (signature != null) {
            Paragraph title =
                    centred(upper(signature.prefix() + " " + signature.title()), BODY_SIZE, true, false, false);
            title.setSpacingBefore(PARAGRAPH_SPACING);
            signer.addElement(title);
            if (present(signature.subTitle())) {
                signer.addElement(centred(upper(signature.subTitle()), BODY_SIZE, true, false, false));
            }
            Paragraph name = centred(signature.signerName(), BODY_SIZE, true, false, false);
            name.setSpacingBefore(SIGNATURE_SPACE);
            signer.addElement(name);
        }
        PdfPTable table = table(CLOSING_COLUMNS);
        table.addCell(recipients);
        table.addCell(signer);
        table.setSpacingBefore(PARAGRAPH_SPACING);
        table.setKeepTogether(true);
        pdf.add(table);
    }

    /** An annex: new page, bold title, italic subtitle, then its sections. */
    private void annex(Document pdf, Annex annex) {
        pdf.newPage();
        pdf.add(centred(upper(annex.title()), TITLE_SIZE, true, false, false));
        if (present(annex.subtitle())) {
            pdf.add(centred(annex.subtitle(), BODY_SIZE, false, true, false));
        }
        for (AnnexSection section : annex.sections()) {
            section(pdf, section);
        }
    }

    /** A bold heading, if any, and a bordered table whose bold header row repeats on every page, if it has columns. */
    private void section(Document pdf, AnnexSection section) {
        if (present(section.heading())) {
            Paragraph heading = left(section.heading(), BODY_SIZE, true, false);
            heading.setSpacingBefore(PARAGRAPH_SPACING);
            heading.setSpacingAfter(PARAGRAPH_SPACING);
            pdf.add(heading);
        }
        List<String> columns = section.columns();
        if (columns.isEmpty()) {
            return;
        }
        int[] widths = Printing.columnWidths(section, 1000);
        float[] relative = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            relative[c] = widths[c];
        }
        PdfPTable table = new PdfPTable(relative);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(PARAGRAPH_SPACING);
        table.setSpacingAfter(PARAGRAPH_SPACING);
        for (String column : columns) {
            PdfPCell cell = borderedCell();
            cell.addElement(centred(column, SMALL_SIZE, true, false, false));
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        for (List<String> row : section.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                PdfPCell cell = borderedCell();
                cell.addElement(left(c < row.size() ? row.get(c) : "", SMALL_SIZE, false, false));
                table.addCell(cell);
            }
        }
        pdf.add(table);
    }

    /**
     * The short solid rule under the issuer and under the subject: about 40 % of the printed text, as Decree 30 asks
     * for 1/3 to 1/2 of it, centred in {@code available} points.
     */
    private static Paragraph shortRule(float textWidth, float available) {
        float length = Math.clamp(textWidth * 0.4f, 45, 180);
        Paragraph rule = new Paragraph(new Chunk(
                new LineSeparator(RULE_WIDTH, 100 * length / available, Color.BLACK, Element.ALIGN_CENTER, 0)));
        rule.setLeading(4);
        rule.setSpacingBefore(2);
        rule.setSpacingAfter(2);
        return rule;
    }

    /**
     * A centred line kept on one line where it can be: text that would wrap is narrowed (not made smaller) to fit,
     * down to 80 %; longer text wraps.
     */
    private Paragraph oneLine(String text, float size, boolean bold, boolean italic, float available) {
        Chunk chunk = chunk(text, size, bold, italic, false);
        BaseFont base = bold ? fonts.bold() : italic ? fonts.italic() : fonts.regular();
        float natural = base.getWidthPoint(text, size);
        if (natural > available) {
            chunk.setHorizontalScaling(Math.max(0.8f, available / natural * 0.98f));
        }
        Paragraph p = new Paragraph(chunk);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(0, LEADING);
        return p;
    }

    /** The width in points of {@code twips} of the DOCX text width. */
    private static float width(float twips) {
        float text = PageSize.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
        return text * twips / (HEADER_COLUMNS[0] + HEADER_COLUMNS[1]);
    }

    /** Justified, first-line indent 1.27 cm, 6 pt after. */
    private static Paragraph indented(Paragraph p) {
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setSpacingAfter(PARAGRAPH_SPACING);
        p.setLeading(0, LEADING);
        return p;
    }

    private Paragraph centred(String text, float size, boolean bold, boolean italic, boolean underline) {
        Paragraph p = new Paragraph(chunk(text, size, bold, italic, underline));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(0, LEADING);
        return p;
    }

    private Paragraph left(String text, float size, boolean bold, boolean italic) {
        Paragraph p = new Paragraph(chunk(text, size, bold, italic, false));
        p.setAlignment(Element.ALIGN_LEFT);
        p.setLeading(0, LEADING);
        return p;
    }

    /** Text in the document face; bold italic is the bold face slanted when the family has no bold italic. */
    private Chunk chunk(String text, float size, boolean bold, boolean italic, boolean underline) {
        BaseFont base = bold && italic && fonts.boldItalic() != null
                ? fonts.boldItalic()
                : bold ? fonts.bold() : italic ? fonts.italic() : fonts.regular();
        boolean slanted = bold && italic && fonts.boldItalic() == null;
        int style = (slanted ? Font.ITALIC : Font.NORMAL) | (underline ? Font.UNDERLINE : Font.NORMAL);
        return new Chunk(text, font(base, size, style));
    }

    private static Font font(BaseFont base, float size, int style) {
        return new Font(base, size, style, Color.BLACK);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        return cell;
    }

    private static PdfPCell borderedCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(0.5f);
        cell.setPadding(CELL_PADDING);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(CELL_PADDING + 1);
        return cell;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }

    /** Draws the page number, 13 pt, centred over the text in the top margin, on every page but the first. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onStartPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                float x = (document.left() + document.right()) / 2;
                float y = document.getPageSize().getHeight() - PAGE_NUMBER_BASELINE;
                ColumnText.showTextAligned(
                        writer.getDirectContentUnder(),
                        Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), font),
                        x,
                        y,
                        0);
            }
        }
    }
}
