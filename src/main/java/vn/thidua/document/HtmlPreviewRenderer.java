package vn.thidua.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.OfficialDocument.Span;

/**
 * Renders an {@link OfficialDocument} as an HTML fragment for an on-screen print preview, in the layout of {@link
 * DocxRenderer}: a single {@code <div class="od-page">} root styled with inline {@code style} attributes only (no
 * style sheet, no script), all text escaped. The markup is well-formed XML. Stateless and thread-safe.
 */
public final class HtmlPreviewRenderer {

    private static final String PAGE = "max-width:210mm;margin:0 auto;padding:20mm 15mm 20mm 30mm;"
            + "box-sizing:border-box;background:#fff;color:#000;font-family:'Times New Roman',serif;font-size:13pt;"
            + "line-height:1.3;box-shadow:0 2px 10px rgba(0,0,0,0.2)";
    private static final String PLAIN_TABLE = "width:100%;border-collapse:collapse;border:none";
    private static final String BORDERED_TABLE = "width:100%;border-collapse:collapse;margin:6pt 0";
    private static final String BORDERED_CELL =
            "border:1px solid #000;padding:2pt 4pt;font-size:12pt;vertical-align:top";
    private static final String CENTRE = "text-align:center;margin:0";
    private static final String INDENTED = "text-align:justify;text-indent:1.27cm;margin:0 0 6pt 0";
    private static final String RULE = "border:none;border-top:1px solid #000;margin:2pt auto 4pt auto";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private HtmlPreviewRenderer() {}

    /** The document as an HTML fragment with exactly one root element. */
    public static String render(OfficialDocument document) {
        Objects.requireNonNull(document, "document");
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"od-page\" style=\"").append(PAGE).append("\">");
        header(html, document);
        title(html, document);
        for (String basis : document.legalBases()) {
            html.append("<p style=\"").append(INDENTED).append(";font-style:italic\">");
            text(html, basis);
            html.append("</p>");
        }
        for (Block block : document.body()) {
            block(html, block);
        }
        closing(html, document);
        for (Annex annex : document.annexes()) {
            annex(html, annex);
        }
        return html.append("</div>").toString();
    }

    /** Left: parent body, issuer, short rule, number. Right: national name, motto, place and date. */
    private static void header(StringBuilder html, OfficialDocument document) {
        html.append("<table style=\"").append(PLAIN_TABLE).append("\"><tbody><tr>");
        html.append("<td style=\"width:43%;vertical-align:top;padding:0\">");
        if (present(document.parentBody())) {
            line(html, CENTRE + ";font-size:12pt", upper(document.parentBody()));
        }
        line(html, CENTRE + ";font-size:12pt;font-weight:bold", upper(document.issuer()));
        rule(html, "30%");
        html.append("</td><td style=\"vertical-align:top;padding:0\">");
        line(html, CENTRE + ";font-size:12pt;font-weight:bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(html, CENTRE + ";font-weight:bold;text-decoration:underline", "Độc lập - Tự do - Hạnh phúc");
        html.append("</td></tr><tr><td style=\"vertical-align:top;padding:6pt 0 0 0\">");
        if (document.number() != null) {
            line(html, CENTRE, document.number());
        }
        html.append("</td><td style=\"vertical-align:top;padding:6pt 0 0 0\">");
        if (document.placeAndDate() != null) {
            line(html, CENTRE + ";font-style:italic", document.placeAndDate());
        }
        html.append("</td></tr></tbody></table>");
    }

    /** Document type, subject with its short rule, and the issuing authority of a decision. */
    private static void title(StringBuilder html, OfficialDocument document) {
        line(html, CENTRE + ";margin-top:12pt;font-size:14pt;font-weight:bold", upper(document.documentType()));
        if (present(document.subject())) {
            line(html, CENTRE + ";font-size:14pt;font-weight:bold", document.subject());
            rule(html, "25%");
        }
        if (present(document.authorityLine())) {
            line(html, CENTRE + ";margin:6pt 0;font-size:14pt;font-weight:bold", upper(document.authorityLine()));
        }
        html.append("<div style=\"height:13pt\"></div>");
    }

    private static void block(StringBuilder html, Block block) {
        String style;
        switch (block.kind()) {
            case TABLE -> {
                section(html, block.table());
                return;
            }
            case HEADING -> style = INDENTED + ";text-align:left";
            case CENTERED_BOLD -> style = CENTRE + ";margin-bottom:6pt;font-size:14pt";
            default -> style = INDENTED;
        }
        html.append("<p style=\"").append(style).append("\">");
        for (Span span : Printing.spans(block)) {
            span(html, span);
        }
        html.append("</p>");
    }

    /** A span wrapped in {@code <b>}, {@code <i>} and {@code <u>} as styled. */
    private static void span(StringBuilder html, Span span) {
        html.append(span.bold() ? "<b>" : "").append(span.italic() ? "<i>" : "").append(span.underline() ? "<u>" : "");
        text(html, span.text());
        html.append(span.underline() ? "</u>" : "")
                .append(span.italic() ? "</i>" : "")
                .append(span.bold() ? "</b>" : "");
    }

    /** Recipients on the left, the signature block centred on the right. */
    private static void closing(StringBuilder html, OfficialDocument document) {
        Signature signature = document.signature();
        if (document.recipients().isEmpty() && signature == null) {
            return;
        }
        html.append("<table style=\"").append(PLAIN_TABLE).append(";margin-top:6pt\"><tbody><tr>");
        html.append("<td style=\"width:46%;vertical-align:top;padding:0\">");
        if (!document.recipients().isEmpty()) {
            line(html, "margin:6pt 0 0 0;font-size:12pt;font-weight:bold;font-style:italic", "Nơi nhận:");
            for (String recipient : document.recipients()) {
                line(html, "margin:0;font-size:11pt", "- " + recipient);
            }
        }
        html.append("</td><td style=\"vertical-align:top;padding:0\">");
        if (signature != null) {
            line(
                    html,
                    CENTRE + ";margin-top:6pt;font-weight:bold",
                    upper(signature.prefix() + " " + signature.title()));
            if (present(signature.subTitle())) {
                line(html, CENTRE + ";font-weight:bold", upper(signature.subTitle()));
            }
            html.append("<div style=\"height:72pt\"></div>");
            line(html, CENTRE + ";font-weight:bold", signature.signerName());
        }
        html.append("</td></tr></tbody></table>");
    }

    /** An annex after a dashed rule: bold title, italic subtitle, then its sections. */
    private static void annex(StringBuilder html, Annex annex) {
        html.append("<hr style=\"border:none;border-top:1px dashed #999;margin:24pt 0\"/>");
        line(html, CENTRE + ";font-size:14pt;font-weight:bold", upper(annex.title()));
        if (present(annex.subtitle())) {
            line(html, CENTRE + ";font-style:italic", annex.subtitle());
        }
        for (AnnexSection section : annex.sections()) {
            section(html, section);
        }
    }

    /** A bold heading, if any, and a bordered table with a bold centred header row, if it has columns. */
    private static void section(StringBuilder html, AnnexSection section) {
        if (present(section.heading())) {
            line(html, "margin:6pt 0;font-weight:bold", section.heading());
        }
        List<String> columns = section.columns();
        if (columns.isEmpty()) {
            return;
        }
        int[] widths = Printing.columnWidths(section, 100);
        html.append("<table style=\"").append(BORDERED_TABLE).append("\"><thead><tr>");
        for (int c = 0; c < columns.size(); c++) {
            html.append("<th style=\"")
                    .append(BORDERED_CELL)
                    .append(";width:")
                    .append(widths[c])
                    .append("%;text-align:center;font-weight:bold\">");
            text(html, columns.get(c));
            html.append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : section.rows()) {
            html.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                html.append("<td style=\"").append(BORDERED_CELL).append("\">");
                text(html, c < row.size() ? row.get(c) : "");
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** A paragraph of escaped text. */
    private static void line(StringBuilder html, String style, String text) {
        html.append("<p style=\"").append(style).append("\">");
        text(html, text);
        html.append("</p>");
    }

    /** A short centred rule of the given width. */
    private static void rule(StringBuilder html, String width) {
        html.append("<hr style=\"").append(RULE).append(";width:").append(width).append("\"/>");
    }

    /** Escapes {@code text} for HTML; line breaks become {@code <br/>}. */
    private static void text(StringBuilder html, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        html.append("<br/>");
                    }
                }
                case '\n' -> html.append("<br/>");
                // a run of spaces is kept, like the gap left for the number of a draft ("Số:      /KH-…")
                case ' ' -> html.append(i > 0 && text.charAt(i - 1) == ' ' ? "&#160;" : " ");
                default -> {
                    // Other control characters cannot be written in HTML or XML.
                    if (c >= ' ' || c == '\t') {
                        html.append(c);
                    }
                }
            }
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }
}
