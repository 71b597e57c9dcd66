package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dated, scoped set of rules: for each title (catalogue code) the conditions all of which must be met, and quotas.
 *
 * @param owner the province code or unit code of a {@link Scope#PROVINCE} or {@link Scope#UNIT} set; null if national
 * @param effectiveTo the last day in force, or null
 * @param legalBasis the instruments the rules come from, as written in documents
 * @param quorum the share of council members that must be present for a session to vote, or null (not set here)
 * @param ballots how the council passes a proposal, per title (titles not listed: not set here)
 * @param ratingScale how a yearly score on 100 points rates (highest step first), or empty (not set here)
 */
public record RuleSet(
        String code,
        String name,
        Scope scope,
        String owner,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String legalBasis,
        Map<String, List<Condition>> titles,
        List<Quota> quotas,
        Share quorum,
        List<BallotRule> ballots,
        List<RatingStep> ratingScale) {

    public RuleSet {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if ((scope == Scope.NATIONAL) != (owner == null)) {
            throw new IllegalArgumentException("Rule set " + code + ": a national set has no owner, others have one");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("Rule set " + code + " ends before it starts");
        }
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        ballots = ballots == null ? List.of() : List.copyOf(ballots);
        ratingScale = ratingScale == null
                ? List.of()
                : ratingScale.stream()
                        .sorted(java.util.Comparator.comparingInt(RatingStep::min)
                                .reversed())
                        .toList();
    }

    /** The rating of a yearly score on 100 points by this set's scale (below every step: không hoàn thành). */
    public Rating rate(double scoreOn100) {
        return ratingScale.stream()
                .filter(step -> scoreOn100 >= step.min())
                .map(RatingStep::rating)
                .findFirst()
                .orElse(Rating.KHONG_HOAN_THANH);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether the set applies to a unit of {@code province} with code {@code unit}. */
    public boolean appliesTo(String province, String unit) {
        return switch (scope) {
            case NATIONAL -> true;
            case PROVINCE -> owner.equals(province);
            case UNIT -> owner.equals(unit);
        };
    }
}
