package vn.thidua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded faces of the PDF renderers (Identity-H, so every Vietnamese diacritic prints): Liberation Serif —
 * metric-compatible with Times New Roman, the font Decree 30 prescribes — for official documents, DejaVu Serif for
 * certificates. The font files are read from the classpath once; each rendering makes its own {@link BaseFont}s, so
 * no font state is shared between threads.
 *
 * @param boldItalic the bold italic face; null when the family has none (bold is then slanted)
 */
record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {

    private static final String[] DEJAVU = {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"};
    private static final String[] LIBERATION = {
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf"
    };
    private static final java.util.Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Fresh DejaVu Serif faces for one rendering (certificates). */
    static PdfFonts create() {
        return new PdfFonts(face(DEJAVU[0]), face(DEJAVU[1]), face(DEJAVU[2]), null);
    }

    /** Fresh Liberation Serif faces (Times New Roman metrics) for one rendering of an official document. */
    static PdfFonts timesMetric() {
        return new PdfFonts(face(LIBERATION[0]), face(LIBERATION[1]), face(LIBERATION[2]), face(LIBERATION[3]));
    }

    private static BaseFont face(String name) {
        byte[] ttf = FILES.computeIfAbsent(name, PdfFonts::load);
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot load font " + name, e);
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: /fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
