package vn.thidua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded DejaVu Serif faces of the PDF renderers (Identity-H, so every Vietnamese diacritic prints). The font
 * files are read from the classpath once; each rendering makes its own {@link BaseFont}s, so no font state is shared
 * between threads.
 */
record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic) {

    private static final byte[] REGULAR = load("DejaVuSerif.ttf");
    private static final byte[] BOLD = load("DejaVuSerif-Bold.ttf");
    private static final byte[] ITALIC = load("DejaVuSerif-Italic.ttf");

    /** Fresh embedded fonts for one rendering. */
    static PdfFonts create() {
        return new PdfFonts(
                baseFont("DejaVuSerif.ttf", REGULAR),
                baseFont("DejaVuSerif-Bold.ttf", BOLD),
                baseFont("DejaVuSerif-Italic.ttf", ITALIC));
    }

    private static BaseFont baseFont(String name, byte[] ttf) {
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
