package vn.thidua.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders {@link Certificate}s as a PDF, one A4 landscape page each, inside a decorative double border, in the
 * embedded DejaVu Serif (Identity-H, so every Vietnamese diacritic prints). Text too long for the page is set
 * smaller until it fits. Stateless and thread-safe.
 */
public final class CertificatePdfRenderer {

    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final Color RED = new Color(170, 20, 20);
    private static final Color NAVY = new Color(20, 40, 120);
    private static final Color GOLD = new Color(190, 145, 40);

    private static final float OUTER_BORDER = 18;
    private static final float INNER_BORDER = 26;
    /** Distance of the text from the page edge. */
    private static final float CONTENT_INSET = 50;
    /** Text is shrunk in 10 % steps down to this scale; past it, text that does not fit is cut. */
    private static final float MIN_SCALE = 0.6f;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private CertificatePdfRenderer() {}

    /** The certificates as PDF bytes, one page each; the list must not be empty. */
    public static byte[] render(List<Certificate> certificates) {
        if (certificates == null || certificates.isEmpty()) {
            throw new IllegalArgumentException("at least one certificate is required");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PAGE, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PdfFonts fonts = PdfFonts.create();
            document.addTitle(certificates.getFirst().awardName());
            document.open();
            for (int i = 0; i < certificates.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(writer.getDirectContent(), certificates.get(i), fonts);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render certificates", e);
        }
        return out.toByteArray();
    }

    private static void page(PdfContentByte canvas, Certificate certificate, PdfFonts fonts) throws DocumentException {
        border(canvas);
        float bottom = CONTENT_INSET;
        float top = PAGE.getHeight() - CONTENT_INSET;
        float scale = 1f;
        ColumnText probe = column(canvas, certificate, fonts, scale, bottom, top);
        while (ColumnText.hasMoreText(probe.go(true)) && scale - 0.1f >= MIN_SCALE) {
            scale -= 0.1f;
            probe = column(canvas, certificate, fonts, scale, bottom, top);
        }
        // Centre the text vertically: move it down by half the space left below it.
        float shift = Math.max(0, probe.getYLine() - bottom) / 2;
        column(canvas, certificate, fonts, scale, bottom - shift, top - shift).go();
    }

    /** A thick red outer frame and a thin gold inner frame. */
    private static void border(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(3.5f);
        frame(canvas, OUTER_BORDER);
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.2f);
        frame(canvas, INNER_BORDER);
        canvas.restoreState();
    }

    private static void frame(PdfContentByte canvas, float inset) {
        canvas.rectangle(inset, inset, PAGE.getWidth() - 2 * inset, PAGE.getHeight() - 2 * inset);
        canvas.stroke();
    }

    private static ColumnText column(
            PdfContentByte canvas, Certificate c, PdfFonts fonts, float scale, float bottom, float top) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(CONTENT_INSET, bottom, PAGE.getWidth() - CONTENT_INSET, top);
        column.addElement(heading(c, fonts, scale));
        addLine(column, upper(c.authorityTitle()), font(fonts.bold(), 17, scale, Color.BLACK), 18 * scale);
        addLine(column, "TẶNG", font(fonts.bold(), 16, scale, Color.BLACK), 8 * scale);
        addLine(column, upper(c.awardName()), font(fonts.bold(), 40, scale, RED), 4 * scale);
        addLine(column, c.recipientName(), font(fonts.bold(), 30, scale, NAVY), 10 * scale);
        addLine(column, c.recipientUnit(), font(fonts.regular(), 17, scale, Color.BLACK), 4 * scale);
        addLine(column, c.achievement(), font(fonts.regular(), 17, scale, Color.BLACK), 4 * scale);
        column.addElement(signature(c, fonts, scale));
        return column;
    }

    /** Issuer on the left, national name and motto on the right. */
    private static PdfPTable heading(Certificate c, PdfFonts fonts, float scale) {
        PdfPCell issuer = cell();
        if (present(c.issuerLine())) {
            issuer.addElement(paragraph(upper(c.issuerLine()), font(fonts.bold(), 11, scale, Color.BLACK), 0));
        }
        PdfPCell nation = cell();
        nation.addElement(
                paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(fonts.bold(), 12, scale, Color.BLACK), 0));
        Font motto = font(fonts.bold(), 13, scale, Color.BLACK);
        motto.setStyle(Font.UNDERLINE);
        nation.addElement(paragraph("Độc lập - Tự do - Hạnh phúc", motto, 0));
        return table(new float[] {2, 3}, issuer, nation);
    }

    /** Decision on the left; place and date, signer title, room for signature and seal, signer name on the right. */
    private static PdfPTable signature(Certificate c, PdfFonts fonts, float scale) {
        PdfPCell decision = cell();
        decision.setVerticalAlignment(Element.ALIGN_BOTTOM);
        if (present(c.decisionLine())) {
            Paragraph p = paragraph(c.decisionLine(), font(fonts.italic(), 12, scale, Color.BLACK), 0);
            p.setAlignment(Element.ALIGN_LEFT);
            decision.addElement(p);
        }
        PdfPCell signer = cell();
        if (present(c.placeAndDate())) {
            signer.addElement(paragraph(c.placeAndDate(), font(fonts.italic(), 14, scale, Color.BLACK), 0));
        }
        if (present(c.signerTitle())) {
            signer.addElement(paragraph(upper(c.signerTitle()), font(fonts.bold(), 14, scale, Color.BLACK), 0));
        }
        signer.addElement(paragraph(" ", font(fonts.regular(), 14, scale, Color.BLACK), 56 * scale));
        if (present(c.signerName())) {
            signer.addElement(paragraph(c.signerName(), font(fonts.bold(), 16, scale, Color.BLACK), 0));
        }
        PdfPTable table = table(new float[] {1, 1}, decision, signer);
        table.setSpacingBefore(16 * scale);
        return table;
    }

    /** Adds a centred paragraph of {@code text} unless it is blank. */
    private static void addLine(ColumnText column, String text, Font font, float spacingBefore) {
        if (present(text)) {
            column.addElement(paragraph(text, font, spacingBefore));
        }
    }

    private static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(new Chunk(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(0, 1.3f);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static PdfPTable table(float[] widths, PdfPCell left, PdfPCell right) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Font font(BaseFont base, float size, float scale, Color color) {
        return new Font(base, size * scale, Font.NORMAL, color);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(VIETNAMESE);
    }
}
