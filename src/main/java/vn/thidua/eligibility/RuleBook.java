package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule sets known to the portal and the choice among them: for a title, on a date, for a unit — the sets in force
 * that apply to the unit, the narrowest scope first (unit over province over national), then the latest start.
 */
public record RuleBook(List<RuleSet> sets) {

    /** The title of a default ballot rule: it applies to every title no rule names. */
    public static final String ANY_TITLE = "*";

    private static final Comparator<RuleSet> NARROWEST_LATEST =
            Comparator.comparing(RuleSet::scope).thenComparing(RuleSet::effectiveFrom);

    public RuleBook {
        sets = List.copyOf(sets);
    }

    /** The rule set that decides {@code title} on {@code date} for unit {@code unit} of {@code province}. */
    public Optional<RuleSet> deciding(String title, LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> s.titles().containsKey(title) && s.inForceOn(date) && s.appliesTo(province, unit))
                .max(NARROWEST_LATEST);
    }

    /** The quota on {@code title} on {@code date} for the unit, from the deciding rule set of the title. */
    public Optional<Quota> quota(String title, LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> s.inForceOn(date) && s.appliesTo(province, unit))
                .filter(s -> s.quotas().stream().anyMatch(q -> q.title().equals(title)))
                .max(NARROWEST_LATEST)
                .flatMap(s ->
                        s.quotas().stream().filter(q -> q.title().equals(title)).findFirst());
    }

    /**
     * The council's pass rule for {@code title} and the set it comes from: a rule naming the title (narrowest set in
     * force for the unit) wins over a default ({@code "*"}) rule of any set, so a province default never lowers a
     * threshold the law sets for one title.
     */
    public Optional<Map.Entry<RuleSet, BallotRule>> ballot(String title, LocalDate date, String province, String unit) {
        return ballotNamed(title, date, province, unit).or(() -> ballotNamed(ANY_TITLE, date, province, unit));
    }

    private Optional<Map.Entry<RuleSet, BallotRule>> ballotNamed(
            String title, LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> s.inForceOn(date) && s.appliesTo(province, unit))
                .filter(s -> s.ballots().stream().anyMatch(b -> b.title().equals(title)))
                .max(NARROWEST_LATEST)
                .map(s -> Map.entry(
                        s,
                        s.ballots().stream()
                                .filter(b -> b.title().equals(title))
                                .findFirst()
                                .orElseThrow()));
    }

    /** The rule set that sets the council's quorum for the unit on {@code date}: the narrowest in force that has one. */
    public Optional<RuleSet> quorum(LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> s.quorum() != null && s.inForceOn(date) && s.appliesTo(province, unit))
                .max(NARROWEST_LATEST);
    }

    /** The rule set whose rating scale rates yearly scores for the unit on {@code date}: the narrowest that has one. */
    public Optional<RuleSet> ratingScale(LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> !s.ratingScale().isEmpty() && s.inForceOn(date) && s.appliesTo(province, unit))
                .max(NARROWEST_LATEST);
    }

    /** Judges {@code candidate} for {@code title} in {@code schoolYear} under the rules in force on {@code date}. */
    public Verdict evaluate(
            Candidate candidate, String title, String schoolYear, LocalDate date, String province, String unit) {
        SchoolYears.start(schoolYear);
        return deciding(title, date, province, unit)
                .map(set -> {
                    List<Check> checks = set.titles().get(title).stream()
                            .map(c -> c.test(candidate, title, schoolYear))
                            .toList();
                    return new Verdict(title, schoolYear, checks.stream().allMatch(Check::met), checks, set);
                })
                .orElseGet(() -> new Verdict(
                        title,
                        schoolYear,
                        false,
                        List.of(Check.of(false, "noRuleSet", title, vn.thidua.shared.Dates.format(date))),
                        null));
    }
}
