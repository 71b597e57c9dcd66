package vn.thidua.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.thidua.shared.BusinessException;

/**
 * The arithmetic of score sheets, pure and deterministic: points of a criterion, a card's total, the year score of
 * the periods, the band, the rank and the quotas of bands. Every rule broken by input is a {@link BusinessException}.
 */
public final class ScoringMath {

    static final int SCALE = 2;

    private ScoringMath() {}

    /** The points a criterion gives for an entered value; refuses a value out of the criterion's range. */
    public static BigDecimal points(Criterion c, BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            throw new BusinessException("criteria.error.negative", c.code());
        }
        return switch (c.type()) {
            case SCALE, BONUS -> {
                if (value.compareTo(c.maxPoints()) > 0) {
                    throw new BusinessException("criteria.error.aboveMax", c.code(), plain(c.maxPoints()));
                }
                yield value;
            }
            case YES_NO -> {
                if (value.signum() != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                    throw new BusinessException("criteria.error.yesNo", c.code());
                }
                yield value.signum() == 0 ? BigDecimal.ZERO : c.maxPoints();
            }
            case DEDUCTION -> {
                if (value.stripTrailingZeros().scale() > 0) {
                    throw new BusinessException("criteria.error.occurrences", c.code());
                }
                BigDecimal per = c.perOccurrence() == null ? BigDecimal.ZERO : c.perOccurrence();
                BigDecimal floor = c.floor() == null ? BigDecimal.ZERO : c.floor();
                yield c.maxPoints().subtract(per.multiply(value)).max(floor);
            }
        };
    }

    /** The total of a card: the sum of its criteria's points for the entered values (by criterion code). */
    public static BigDecimal total(List<Criterion> criteria, Map<String, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            sum = sum.add(points(c, values.get(c.code())));
        }
        return sum.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The year score from the totals of the recorded periods (by period code): the mean of the periods weighted by
     * their weights (MEAN: all weights 1). Periods not yet recorded do not count; null when none is.
     */
    public static BigDecimal yearScore(List<Period> periods, Aggregation aggregation, Map<String, BigDecimal> totals) {
        BigDecimal sum = BigDecimal.ZERO;
        int weights = 0;
        for (Period p : periods) {
            BigDecimal t = totals.get(p.code());
            if (t != null) {
                int w = aggregation == Aggregation.WEIGHTED ? p.weight() : 1;
                sum = sum.add(t.multiply(BigDecimal.valueOf(w)));
                weights += w;
            }
        }
        return weights == 0 ? null : sum.divide(BigDecimal.valueOf(weights), SCALE, RoundingMode.HALF_UP);
    }

    /** The band a score falls in, or null. */
    public static Band band(List<Band> bands, BigDecimal score) {
        if (score == null) {
            return null;
        }
        Band top = bands.stream().max(Comparator.comparing(Band::max)).orElse(null);
        for (Band b : bands) {
            boolean below = score.compareTo(b.max()) < 0 || (b == top && score.compareTo(b.max()) == 0);
            if (score.compareTo(b.min()) >= 0 && below) {
                return b;
            }
        }
        return null;
    }

    /** Competition ranks (1, 2, 2, 4) of items sorted by score, highest first; items without a score are not ranked. */
    public static <T> Map<T, Integer> ranks(List<T> items, Function<T, BigDecimal> score) {
        List<T> sorted = items.stream()
                .filter(i -> score.apply(i) != null)
                .sorted(Comparator.comparing(score).reversed())
                .toList();
        Map<T, Integer> result = new LinkedHashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal s = score.apply(sorted.get(i));
            if (previous == null || s.compareTo(previous) != 0) {
                rank = i + 1;
            }
            result.put(sorted.get(i), rank);
            previous = s;
        }
        return result;
    }

    /**
     * The band of each ranked score with the bands' quotas applied: going down the ranking, a person whose band is
     * full (more than {@code quotaPercent} % of {@code people}, rounded down, at least one) falls to the next band.
     *
     * @param scoresByRank scores sorted highest first
     * @return the band labels in the same order (null for a score in no band)
     */
    public static List<String> classify(List<Band> bands, List<BigDecimal> scoresByRank, int people) {
        List<Band> ordered = bands.stream()
                .sorted(Comparator.comparing(Band::min).reversed())
                .toList();
        Map<Band, Integer> used = new LinkedHashMap<>();
        List<String> result = new ArrayList<>();
        for (BigDecimal s : scoresByRank) {
            Band b = band(bands, s);
            int i = b == null ? ordered.size() : ordered.indexOf(b);
            while (i < ordered.size() - 1 && full(ordered.get(i), used, people)) {
                i++;
            }
            Band chosen = i < ordered.size() ? ordered.get(i) : null;
            if (chosen != null) {
                used.merge(chosen, 1, Integer::sum);
            }
            result.add(chosen == null ? null : chosen.label());
        }
        return result;
    }

    private static boolean full(Band b, Map<Band, Integer> used, int people) {
        if (b.quotaPercent() == null) {
            return false;
        }
        int cap = Math.max(1, people * b.quotaPercent() / 100);
        return used.getOrDefault(b, 0) >= cap;
    }

    /** Checks a criteria list: codes and titles present and unique, maxima positive, deductions with a rate. */
    public static void checkCriteria(List<Criterion> criteria) {
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (c.code() == null
                    || c.code().isBlank()
                    || c.title() == null
                    || c.title().isBlank()) {
                throw new BusinessException("criteria.error.codeTitle");
            }
            if (!codes.add(c.code().strip())) {
                throw new BusinessException("criteria.error.duplicateCode", c.code());
            }
            if (c.type() == null || c.maxPoints() == null || c.maxPoints().signum() <= 0) {
                throw new BusinessException("criteria.error.maxPoints", c.code());
            }
            if (c.type() == ScoringType.DEDUCTION
                    && (c.perOccurrence() == null || c.perOccurrence().signum() <= 0)) {
                throw new BusinessException("criteria.error.perOccurrence", c.code());
            }
            if (c.floor() != null && (c.floor().signum() < 0 || c.floor().compareTo(c.maxPoints()) > 0)) {
                throw new BusinessException("criteria.error.floor", c.code());
            }
        }
    }

    /**
     * Checks a score sheet against its criteria: maxima sum to the sheet maximum, periods distinct with positive
     * weights, the weights of a weighted year score sum to the divisor (so a year score never exceeds the maximum),
     * bands cover 0..max without gaps or overlaps, a review day of the month.
     */
    public static void checkSheet(ScoreSheetData d, List<Criterion> criteria) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessException("criteria.sheet.error.name");
        }
        BigDecimal max = d.maxPoints();
        if (max == null || max.signum() <= 0) {
            throw new BusinessException("criteria.sheet.error.max");
        }
        BigDecimal sum = criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(max) != 0) {
            throw new BusinessException("criteria.sheet.error.sum", plain(sum), plain(max));
        }
        List<Period> periods = d.periods() == null ? List.of() : d.periods();
        if (periods.isEmpty()) {
            throw new BusinessException("criteria.sheet.error.periods");
        }
        Set<String> codes = new HashSet<>();
        int weights = 0;
        for (Period p : periods) {
            if (p.code() == null || p.code().isBlank() || !codes.add(p.code()) || p.kind() == null) {
                throw new BusinessException("criteria.sheet.error.periods");
            }
            if (p.weight() <= 0) {
                throw new BusinessException("criteria.sheet.error.weight", p.code());
            }
            weights += p.weight();
        }
        if (d.aggregation() == null) {
            throw new BusinessException("criteria.sheet.error.aggregation");
        }
        if (d.aggregation() == Aggregation.WEIGHTED) {
            if (d.divisor() == null || d.divisor() <= 0) {
                throw new BusinessException("criteria.sheet.error.divisor");
            }
            if (weights != d.divisor()) {
                BigDecimal reach = max.multiply(BigDecimal.valueOf(weights))
                        .divide(BigDecimal.valueOf(d.divisor()), SCALE, RoundingMode.HALF_UP);
                throw new BusinessException(
                        weights > d.divisor()
                                ? "criteria.sheet.error.weightsExceed"
                                : "criteria.sheet.error.weightsShort",
                        weights,
                        d.divisor(),
                        plain(reach),
                        plain(max));
            }
        }
        checkBands(d.bands(), max);
        if (d.reviewDay() != null && (d.reviewDay() < 1 || d.reviewDay() > 31)) {
            throw new BusinessException("criteria.sheet.error.reviewDay");
        }
    }

    static void checkBands(List<Band> bands, BigDecimal max) {
        if (bands == null || bands.isEmpty()) {
            throw new BusinessException("criteria.sheet.error.bands");
        }
        List<Band> sorted =
                bands.stream().sorted(Comparator.comparing(Band::min)).toList();
        BigDecimal next = BigDecimal.ZERO;
        for (Band b : sorted) {
            if (b.label() == null || b.label().isBlank() || b.min() == null || b.max() == null) {
                throw new BusinessException("criteria.sheet.error.bands");
            }
            if (b.min().compareTo(b.max()) >= 0) {
                throw new BusinessException("criteria.sheet.error.bandEmpty", b.label());
            }
            if (b.min().compareTo(next) < 0) {
                throw new BusinessException("criteria.sheet.error.bandOverlap", b.label());
            }
            if (b.min().compareTo(next) > 0) {
                throw new BusinessException("criteria.sheet.error.bandGap", plain(next), plain(b.min()));
            }
            if (b.quotaPercent() != null && (b.quotaPercent() <= 0 || b.quotaPercent() > 100)) {
                throw new BusinessException("criteria.sheet.error.quota", b.label());
            }
            next = b.max();
        }
        if (next.compareTo(max) != 0) {
            throw new BusinessException("criteria.sheet.error.bandCover", plain(max));
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
