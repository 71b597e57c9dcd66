package vn.thidua.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.catalogue.CatalogueService;

/**
 * The rule book of the portal — the rule sets shipped as data ({@code classpath:eligibility/*.json}: the current law
 * and the legacy set) — and the explanation of verdicts in the user's language.
 */
@Service
public class EligibilityService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleBook shipped;
    private final MessageSource messages;
    private final CatalogueService catalogue;

    EligibilityService(MessageSource messages, CatalogueService catalogue) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.shipped = new RuleBook(shippedRuleSets());
    }

    /** The rule sets shipped with the portal, read from the classpath. */
    static List<RuleSet> shippedRuleSets() {
        List<RuleSet> sets = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:eligibility/*.json");
            Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    sets.add(JSON.readValue(in, RuleSet.class));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(
                            "Rule set " + file.getFilename() + " is invalid: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }

    public RuleBook ruleBook() {
        return shipped;
    }

    /** Each check of the verdict as a sentence ("Chưa đạt: cần 3 năm liên tục Chiến sĩ thi đua cơ sở, hiện có 2 …"). */
    public List<String> explain(Verdict verdict, Locale locale) {
        return verdict.checks().stream().map(c -> explain(c, locale)).toList();
    }

    public String explain(Check check, Locale locale) {
        Object[] args = check.args().stream().map(a -> value(a, locale)).toArray();
        return messages.getMessage(check.messageKey(), args, locale);
    }

    /** A title code by its name, a rating, discipline or level by its words; lists item by item; the rest as is. */
    private String value(String arg, Locale locale) {
        if (arg.contains(", ")) {
            return Arrays.stream(arg.split(", ")).map(a -> value(a, locale)).collect(Collectors.joining(", "));
        }
        try {
            return messages.getMessage("eligibility.value." + arg, null, locale);
        } catch (NoSuchMessageException notAValue) {
            return catalogue.find(arg).map(a -> a.name(locale)).orElse(arg);
        }
    }
}
