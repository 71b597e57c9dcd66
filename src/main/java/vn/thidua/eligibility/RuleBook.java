package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule sets known to the portal and the choice among them: for a title, on a date, for a unit — the sets in force
 * that apply to the unit, the narrowest scope first (unit over province over national), then the latest start.
 */
public record RuleBook(List<RuleSet> sets) {

    public RuleBook {
        sets = List.copyOf(sets);
    }

    /** The rule set that decides {@code title} on {@code date} for unit {@code unit} of {@code province}. */
    public Optional<RuleSet> deciding(String title, LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> s.titles().containsKey(title) && s.inForceOn(date) && s.appliesTo(province, unit))
                .max(Comparator.comparing(RuleSet::scope).thenComparing(RuleSet::effectiveFrom));
    }

    /** The quota on {@code title} on {@code date} for the unit, from the deciding rule set of the title. */
    public Optional<Quota> quota(String title, LocalDate date, String province, String unit) {
        return sets.stream()
                .filter(s -> s.inForceOn(date) && s.appliesTo(province, unit))
                .filter(s -> s.quotas().stream().anyMatch(q -> q.title().equals(title)))
                .max(Comparator.comparing(RuleSet::scope).thenComparing(RuleSet::effectiveFrom))
                .flatMap(s ->
                        s.quotas().stream().filter(q -> q.title().equals(title)).findFirst());
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
