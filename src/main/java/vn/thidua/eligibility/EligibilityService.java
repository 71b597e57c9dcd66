package vn.thidua.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionService;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.registration.RegistrationService;
import vn.thidua.tenancy.ProvinceDirectory;
import vn.thidua.tenancy.ProvinceSettings;

/**
 * The rule book of the portal — the rule sets shipped as data ({@code classpath:eligibility/*.json}: the current law
 * and the legacy set) — and the explanation of verdicts in the user's language.
 */
@Service
public class EligibilityService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<RuleSet> shipped;
    private final ProvinceDirectory provinces;
    private final RegistrationService registrations;
    private volatile Map.Entry<Long, RuleBook> book;
    private final MessageSource messages;
    private final CatalogueService catalogue;

    private final DecisionService decisions;

    EligibilityService(
            MessageSource messages,
            CatalogueService catalogue,
            DecisionService decisions,
            ProvinceDirectory provinces,
            RegistrationService registrations) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.provinces = provinces;
        this.registrations = registrations;
        this.shipped = shippedRuleSets();
    }

    /** The year's facts a person gives about themself for a self-check (until scoring and ratings are recorded). */
    public record SelfFacts(
            String schoolYear, Rating rating, InitiativeLevel initiative, Discipline discipline, int monthsOfService) {
        public SelfFacts {
            SchoolYears.start(schoolYear);
            java.util.Objects.requireNonNull(rating, "rating");
            discipline = discipline == null ? Discipline.NONE : discipline;
            if (monthsOfService < 0 || monthsOfService > 12) {
                throw new IllegalArgumentException("months of service must be 0–12");
            }
        }
    }

    /** A title judged for the person, with each condition explained. */
    public record TitleVerdict(String title, String titleName, boolean eligible, List<String> explanations) {}

    /**
     * The logged-in person's individual titles judged for a school year under the rules in force on {@code date}:
     * their own award history (titles by school year, revoked ones left out) with the year's facts they give.
     */
    @PreAuthorize("isAuthenticated()")
    public List<TitleVerdict> selfCheck(SelfFacts facts, LocalDate date, String province, String unit, Locale locale) {
        PortalPrincipal me = CurrentUser.require();
        Map<String, Set<String>> titles = titlesByYear();
        Candidate candidate = new Candidate(
                Subject.INDIVIDUAL,
                me.displayName(),
                Map.of(facts.schoolYear(), facts.rating()),
                titles,
                facts.initiative() == null ? Map.of() : Map.of(facts.schoolYear(), facts.initiative()),
                facts.discipline(),
                facts.monthsOfService(),
                registered(facts.schoolYear()),
                false,
                Set.of(),
                null);
        List<TitleVerdict> verdicts = new ArrayList<>();
        for (AwardTypeSummary title : catalogue.awardTypes(date)) {
            if (title.kind() != AwardKind.TITLE || title.subject() != Subject.INDIVIDUAL) {
                continue;
            }
            RuleBook rules = ruleBook();
            if (rules.deciding(title.code(), date, province, unit).isEmpty()) {
                continue;
            }
            Verdict v = rules.evaluate(candidate, title.code(), facts.schoolYear(), date, province, unit);
            verdicts.add(new TitleVerdict(title.code(), title.name(locale), v.eligible(), explain(v, locale)));
        }
        return verdicts;
    }

    /** The titles the logged-in person registered in the active unit's round of the year (none without a round). */
    private Set<String> registered(String schoolYear) {
        return registrations
                .roundFor(schoolYear)
                .flatMap(round -> registrations.myRegistration(round.id()))
                .map(r -> r.titleCodes())
                .orElse(Set.of());
    }

    /**
     * The logged-in person's emulation titles by school year, from their award history (award forms such as Giấy
     * khen and revoked awards left out).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Set<String>> titlesByYear() {
        return titlesByYear(decisions.myAwards());
    }

    /** Emulation titles by school year of an award history (award forms and revoked awards left out). */
    Map<String, Set<String>> titlesByYear(List<AwardRecordSummary> awards) {
        Map<String, Set<String>> titles = new java.util.TreeMap<>();
        for (AwardRecordSummary r : awards) {
            boolean title = catalogue
                    .find(r.awardCode())
                    .map(a -> a.kind() == AwardKind.TITLE)
                    .orElse(false);
            if (title && !r.revoked() && r.schoolYear() != null) {
                titles.computeIfAbsent(r.schoolYear(), y -> new java.util.TreeSet<>())
                        .add(r.awardCode());
            }
        }
        return titles;
    }

    /** The rule sets shipped with the portal, read from the classpath. */
    public static List<RuleSet> shippedRuleSets() {
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

    /** The shipped rule sets and the provinces' own (tenants-config {@code rule-overrides.rule-sets}). */
    public RuleBook ruleBook() {
        long generation = provinces.generation();
        Map.Entry<Long, RuleBook> current = book;
        if (current == null || current.getKey() != generation) {
            List<RuleSet> sets = new ArrayList<>(shipped);
            for (ProvinceSettings p : provinces.all()) {
                sets.addAll(ProvinceRuleSets.parse(p.code(), p.ruleOverrides()));
            }
            current = Map.entry(generation, new RuleBook(sets));
            book = current;
        }
        return current.getValue();
    }

    /** A title's name in {@code locale} (its code if the catalogue does not know it). */
    public String titleName(String code, Locale locale) {
        return catalogue.find(code).map(a -> a.name(locale)).orElse(code);
    }

    /** The rules of one title in force on a date for a unit: the deciding set, the conditions, the quota if any. */
    public record TitleRules(
            String title, String titleName, RuleSet ruleSet, List<String> conditions, String quota, String ballot) {}

    /**
     * For each emulation title of the catalogue in force on {@code date} (legal order), the rules that decide it for
     * unit {@code unit} of {@code province}, each condition in words in {@code locale}.
     */
    public List<TitleRules> rulesInForce(LocalDate date, String province, String unit, Locale locale) {
        List<TitleRules> result = new ArrayList<>();
        RuleBook rules = ruleBook();
        for (AwardTypeSummary title : catalogue.awardTypes(date)) {
            if (title.kind() != AwardKind.TITLE) {
                continue;
            }
            rules.deciding(title.code(), date, province, unit)
                    .ifPresent(set -> result.add(new TitleRules(
                            title.code(),
                            title.name(locale),
                            set,
                            set.titles().get(title.code()).stream()
                                    .map(c -> explain(describe(c), locale))
                                    .toList(),
                            rules.quota(title.code(), date, province, unit)
                                    .map(q -> explain(describe(q), locale))
                                    .orElse(null),
                            rules.ballot(title.code(), date, province, unit)
                                    .map(b -> ballotWords(b.getValue(), locale))
                                    .orElse(null))));
        }
        return result;
    }

    /** A condition in words, as a rule ("Từ 70% thành viên đạt Lao động tiên tiến"). */
    static Check describe(Condition condition) {
        return switch (condition) {
            case Condition.RatingAtLeast r -> rule("rating", r.min());
            case Condition.ConsecutiveYears y -> rule("consecutive", y.years(), y.title());
            case Condition.MemberShare s -> rule("memberShare", s.percent(), s.title());
            case Condition.AllMembersCompleted a -> rule("allMembersCompleted");
            case Condition.MemberWithTitle m -> rule("memberWithTitle", m.atLeast(), m.title());
            case Condition.Initiative i -> rule("initiative", i.level());
            case Condition.Registered r -> rule("registered");
            case Condition.NoDiscipline d ->
                rule(d.ofMembers() ? "noDiscipline.members" : "noDiscipline", d.atOrAbove());
            case Condition.ServiceMonths s -> rule("serviceMonths", s.min());
            case Condition.HeadRequiresUnitTitle h ->
                rule("headRequiresUnitTitle", String.join(", ", new java.util.TreeSet<>(h.titles())));
        };
    }

    static Check describe(Quota q) {
        return q.raisedIfUnitHolds() == null || q.raisedPercent() == null
                ? rule("quota", q.percent(), q.of())
                : rule("quota.raised", q.percent(), q.of(), q.raisedPercent(), q.raisedIfUnitHolds());
    }

    private static Check rule(String condition, Object... args) {
        return new Check(
                true,
                "eligibility." + condition + ".rule",
                Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Each check of the verdict as a sentence ("Chưa đạt: cần 3 năm liên tục Chiến sĩ thi đua cơ sở, hiện có 2 …"). */
    public List<String> explain(Verdict verdict, Locale locale) {
        return verdict.checks().stream().map(c -> explain(c, locale)).toList();
    }

    public String explain(Check check, Locale locale) {
        Object[] args = check.args().stream().map(a -> value(a, locale)).toArray();
        return messages.getMessage(check.messageKey(), args, locale);
    }

    /**
     * The share of council members that must be present for a session to vote, for unit {@code unit} of
     * {@code province} on {@code date}, and the rule set that says so.
     */
    public record CouncilQuorum(Share share, String ruleSetName, String legalBasis) {}

    /** How the council passes a proposal for a title, the rule in words, and the rule set it comes from. */
    public record CouncilBallot(
            String title, String titleName, BallotRule rule, String words, String ruleSetName, String legalBasis) {

        public boolean passes(int yes, int members, int present) {
            return rule.passes(yes, members, present);
        }
    }

    private String ballotWords(BallotRule rule, Locale locale) {
        return explain(rule("ballot." + rule.basis().name(), rule.atLeast()), locale);
    }

    public CouncilQuorum councilQuorum(LocalDate date, String province, String unit) {
        RuleSet set = ruleBook()
                .quorum(date, province, unit)
                .orElseThrow(() -> new IllegalStateException("No rule set in force on " + date + " sets a quorum"));
        return new CouncilQuorum(set.quorum(), set.name(), set.legalBasis());
    }

    public CouncilBallot councilBallot(String title, LocalDate date, String province, String unit, Locale locale) {
        var found = ruleBook()
                .ballot(title, date, province, unit)
                .orElseThrow(() -> new IllegalStateException("No rule set in force on " + date + " sets a ballot"));
        BallotRule rule = found.getValue();
        return new CouncilBallot(
                title,
                titleName(title, locale),
                rule,
                ballotWords(rule, locale),
                found.getKey().name(),
                found.getKey().legalBasis());
    }

    /** A message of the catalogue in {@code locale}. */
    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
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
