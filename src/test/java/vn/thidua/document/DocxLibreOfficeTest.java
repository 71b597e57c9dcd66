package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Opens the rendered DOCX in LibreOffice, where one is installed, by converting it to PDF headless. */
class DocxLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 120;

    /** {@code soffice} or {@code libreoffice} from /usr/bin or the PATH. */
    static Optional<Path> office() {
        Stream<Path> candidates = Stream.concat(
                Stream.of(Path.of("/usr/bin/soffice"), Path.of("/usr/bin/libreoffice")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank())
                        .flatMap(dir -> Stream.of(Path.of(dir, "soffice"), Path.of(dir, "libreoffice"))));
        return candidates.filter(Files::isExecutable).findFirst();
    }

    @Test
    void libreOfficeConvertsThePlanToPdf(@TempDir Path dir) throws IOException, InterruptedException {
        Optional<Path> office = office();
        Assumptions.assumeTrue(office.isPresent(), "no soffice or libreoffice on this machine");

        Path docx = dir.resolve("ke-hoach-91.docx");
        Files.write(docx, DocxRenderer.render(Plans.plan(40, 12)));
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(
                        office.get().toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("soffice finished within %d s", TIMEOUT_SECONDS).isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();

        Path pdf = dir.resolve("ke-hoach-91.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isPositive();
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1).replaceAll("\\s+", " ");
            assertThat(first)
                    .contains("KẾ HOẠCH")
                    .contains(Plans.NUMBER)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Nội dung công việc");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page).replaceAll("\\s+", " "))
                        .append(' ');
            }
            assertThat(all.toString())
                    .contains("Nơi nhận:")
                    .contains(Plans.SIGNER)
                    .contains("DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN")
                    .contains("Thành viên số 40");
            // The header's page number: none on the first page, "2" on the second.
            assertThat(extractor.getTextFromPage(2).strip().lines().findFirst()).hasValue("2");
        }
    }
}
