package vn.thidua.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles have the same keys, every key used in code exists, views hard-code no text. */
class I18nTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = I18nTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Set<String> vi = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(vi).isNotEmpty().isEqualTo(en);
    }

    @Test
    void everyLiteralKeyUsedInCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern call = Pattern.compile(
                "(?:getTranslation|BusinessException|RowIssue\\([^\"]*)\\(?\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)\"");
        Pattern literal = Pattern.compile(
                "\"((?:login|identity|tenancy|common|menu|role|submission|nomination|award|catalogue|file|round|board|dossier|nominee|decision|list|notification|disclosure|plan|movement|numbering|report)\\.[A-Za-z0-9.]+)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            String src = Files.readString(file);
            for (Pattern p : List.of(call, literal)) {
                Matcher m = p.matcher(src);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsHardCodeNoVisibleText() throws IOException {
        Pattern hardCoded = Pattern.compile(
                "new (Button|Span|H1|H2|H3|H4|Paragraph|TextField|Notification|Checkbox)\\(\"[^\"]*\\p{L}[^\"]*\"|"
                        + "set(Text|Label|Placeholder|HelperText|HeaderTitle|ErrorMessage)\\(\"[^\"]*\\p{L}|setHeader\\(\"");
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String rel = file.toString();
            if (!rel.contains("/ui/") && !rel.contains("/shell/")) {
                continue;
            }
            Matcher m = hardCoded.matcher(Files.readString(file));
            while (m.find()) {
                offenders.add(file.getFileName() + ": " + m.group());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
