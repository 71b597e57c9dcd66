package vn.thidua.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.BusinessException;

/** The arithmetic of score sheets, checked against examples worked by hand. */
class ScoringMathTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final List<Criterion> CRITERIA = List.of(
            new Criterion("1", "Phẩm chất chính trị, đạo đức", d("40"), ScoringType.SCALE, null, null, false, true),
            new Criterion("2", "Chuyên môn", d("30"), ScoringType.SCALE, null, null, true, false),
            new Criterion("3", "Ngày công, nội quy", d("20"), ScoringType.DEDUCTION, d("5"), d("5"), false, false),
            new Criterion("4", "Tham gia phong trào", d("10"), ScoringType.YES_NO, null, null, false, false));

    static final List<Band> BANDS = List.of(
            new Band("Tốt", d("90"), d("100"), null),
            new Band("Khá", d("70"), d("90"), null),
            new Band("Đạt", d("50"), d("70"), null),
            new Band("Chưa đạt", d("0"), d("50"), null));

    @Test
    void aCardIsTheSumOfItsCriteriaPoints() {
        // 35 + 25.5 + (20 − 3 × 5 = 5) + 10 = 75.5
        assertThat(ScoringMath.total(CRITERIA, Map.of("1", d("35"), "2", d("25.5"), "3", d("3"), "4", d("1"))))
                .isEqualByComparingTo("75.5");
        // four occurrences would give 0, the floor keeps 5: 40 + 30 + 5 + 0 = 75
        assertThat(ScoringMath.total(CRITERIA, Map.of("1", d("40"), "2", d("30"), "3", d("4"), "4", d("0"))))
                .isEqualByComparingTo("75");
        // nothing entered: zero, except a deduction with no occurrence entered is counted as not entered
        assertThat(ScoringMath.total(CRITERIA, Map.of())).isEqualByComparingTo("0");
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheCriterion() {
        assertThatThrownBy(() -> ScoringMath.total(CRITERIA, Map.of("2", d("31"))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("criteria.error.aboveMax");
                    assertThat(((BusinessException) e).args()).containsExactly("2", "30");
                });
        assertThatThrownBy(() -> ScoringMath.points(CRITERIA.get(0), d("-1"))).hasMessage("criteria.error.negative");
        assertThatThrownBy(() -> ScoringMath.points(CRITERIA.get(3), d("2"))).hasMessage("criteria.error.yesNo");
        assertThatThrownBy(() -> ScoringMath.points(CRITERIA.get(2), d("1.5")))
                .hasMessage("criteria.error.occurrences");
    }

    @Test
    void theYearScoreWeighsTheSemesters() {
        // (HK I + 2 × HK II) / 3 = (75.5 + 2 × 88) / 3 = 251.5 / 3 = 83.83
        List<Period> semesters = Periods.semesters(1, 2);
        assertThat(ScoringMath.yearScore(semesters, Aggregation.WEIGHTED, Map.of("HK1", d("75.5"), "HK2", d("88"))))
                .isEqualByComparingTo("83.83");
        // the mean of the same two: 81.75
        assertThat(ScoringMath.yearScore(semesters, Aggregation.MEAN, Map.of("HK1", d("75.5"), "HK2", d("88"))))
                .isEqualByComparingTo("81.75");
        // only HK I recorded so far: the year score is HK I's
        assertThat(ScoringMath.yearScore(semesters, Aggregation.WEIGHTED, Map.of("HK1", d("75.5"))))
                .isEqualByComparingTo("75.5");
        assertThat(ScoringMath.yearScore(semesters, Aggregation.WEIGHTED, Map.of()))
                .isNull();
    }

    @Test
    void bandsRanksAndQuotas() {
        assertThat(ScoringMath.band(BANDS, d("83.83")).label()).isEqualTo("Khá");
        assertThat(ScoringMath.band(BANDS, d("90")).label()).isEqualTo("Tốt");
        assertThat(ScoringMath.band(BANDS, d("100")).label()).isEqualTo("Tốt");
        assertThat(ScoringMath.band(BANDS, d("49.99")).label()).isEqualTo("Chưa đạt");

        List<BigDecimal> scores = List.of(d("95"), d("92"), d("92"), d("80"));
        record Person(String name, BigDecimal score) {}
        List<Person> people = List.of(
                new Person("Hoa", d("92")),
                new Person("An", d("95")),
                new Person("Nhung", d("80")),
                new Person("Ngân", d("92")));
        assertThat(ScoringMath.ranks(people, Person::score).values()).containsExactly(1, 2, 2, 4);

        // "Tốt" at most 25 % of 4 people = 1: the second and third fall to "Khá"
        List<Band> quota = List.of(
                new Band("Tốt", d("90"), d("100"), 25),
                new Band("Khá", d("70"), d("90"), null),
                new Band("Đạt", d("50"), d("70"), null),
                new Band("Chưa đạt", d("0"), d("50"), null));
        assertThat(ScoringMath.classify(quota, scores, 4)).containsExactly("Tốt", "Khá", "Khá", "Khá");
    }

    @Test
    void aSheetIsCheckedAgainstItsCriteria() {
        ScoreSheetData ok = new ScoreSheetData(
                "Bảng điểm", 1, d("100"), Periods.semesters(1, 2), Aggregation.WEIGHTED, 3, BANDS, 24);
        ScoringMath.checkSheet(ok, CRITERIA);

        assertThatThrownBy(() -> ScoringMath.checkSheet(
                        new ScoreSheetData("B", 1, d("90"), ok.periods(), Aggregation.WEIGHTED, 3, BANDS, 24),
                        CRITERIA))
                .hasMessage("criteria.sheet.error.sum");
        assertThatThrownBy(() -> ScoringMath.checkSheet(
                        new ScoreSheetData("B", 1, d("100"), ok.periods(), Aggregation.WEIGHTED, 2, BANDS, 24),
                        CRITERIA))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("criteria.sheet.error.weightsExceed");
                    assertThat(((BusinessException) e).args()).containsExactly(3, 2, "150", "100");
                });
        List<Band> overlapping = List.of(
                new Band("Tốt", d("85"), d("100"), null),
                new Band("Khá", d("70"), d("90"), null),
                new Band("Chưa đạt", d("0"), d("70"), null));
        assertThatThrownBy(() -> ScoringMath.checkSheet(
                        new ScoreSheetData("B", 1, d("100"), ok.periods(), Aggregation.MEAN, null, overlapping, 24),
                        CRITERIA))
                .hasMessage("criteria.sheet.error.bandOverlap");
        List<Band> gap = List.of(new Band("Tốt", d("50"), d("100"), null));
        assertThatThrownBy(() -> ScoringMath.checkSheet(
                        new ScoreSheetData("B", 1, d("100"), ok.periods(), Aggregation.MEAN, null, gap, 24), CRITERIA))
                .hasMessage("criteria.sheet.error.bandGap");
        List<Band> short_ = List.of(new Band("Đạt", d("0"), d("80"), null));
        assertThatThrownBy(() -> ScoringMath.checkSheet(
                        new ScoreSheetData("B", 1, d("100"), ok.periods(), Aggregation.MEAN, null, short_, 24),
                        CRITERIA))
                .hasMessage("criteria.sheet.error.bandCover");
    }

    @Test
    void monthsOfASchoolYear() {
        List<Period> months = Periods.months("2026-2027", 9, 12);
        assertThat(months).hasSize(12);
        assertThat(months.get(0).code()).isEqualTo("2026-09");
        assertThat(months.get(4).code()).isEqualTo("2027-01");
        assertThat(months.get(11).code()).isEqualTo("2027-08");
    }
}
