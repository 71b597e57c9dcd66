package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A school of ten judged from recorded facts, checked against a count by hand. */
class UnitJudgementTest {

    static final String YEAR = "2025-2026";
    static final LocalDate NOW = LocalDate.of(2026, 5, 25);
    static final List<String> INDIVIDUAL = List.of("LDTT", "CSTD_CO_SO");
    static final List<String> COLLECTIVE = List.of("TTLDTT", "TTLDXS");

    static UnitJudgement.Person person(long id, Rating rating, InitiativeLevel initiative, boolean head) {
        return new UnitJudgement.Person(
                id, "Người " + id, head, rating, Map.of(), Set.of("LDTT"), initiative, Discipline.NONE, 12);
    }

    /**
     * By hand: six rated "tốt" and one "xuất sắc" without initiative → LĐTT; one "xuất sắc" with an initiative and the
     * head likewise → LĐTT and CSTĐ cơ sở; one rated "hoàn thành" → nothing. LĐTT 9/10 = 90 % ≥ 70 %, 2 CSTĐ cơ sở ≥ 1,
     * all ten completed their tasks, the unit rated "xuất sắc" → TTLĐXS and TTLĐTT.
     */
    static List<UnitJudgement.Person> school() {
        List<UnitJudgement.Person> people = new ArrayList<>();
        for (long i = 1; i <= 6; i++) {
            people.add(person(i, Rating.HOAN_THANH_TOT, null, false));
        }
        people.add(person(7, Rating.HOAN_THANH_XUAT_SAC, InitiativeLevel.UNIT, false));
        people.add(person(8, Rating.HOAN_THANH_XUAT_SAC, null, false));
        people.add(person(9, Rating.HOAN_THANH, null, false));
        people.add(person(10, Rating.HOAN_THANH_XUAT_SAC, InitiativeLevel.UNIT, true));
        return people;
    }

    static List<String> eligible(List<Verdict> verdicts) {
        return verdicts.stream().filter(Verdict::eligible).map(Verdict::title).toList();
    }

    @Test
    void theNationalRulesMatchTheCountByHand() {
        RuleBook book = new RuleBook(EligibilityService.shippedRuleSets());
        var unit = new UnitJudgement.Unit("Trường A", Rating.HOAN_THANH_XUAT_SAC, Map.of(), Set.of("TTLDXS"));
        var result = UnitJudgement.judge(book, school(), unit, INDIVIDUAL, COLLECTIVE, YEAR, NOW, "HN", "A");
        assertThat(eligible(result.people().get(1L))).containsExactly("LDTT");
        assertThat(eligible(result.people().get(7L))).containsExactly("LDTT", "CSTD_CO_SO");
        assertThat(eligible(result.people().get(8L))).containsExactly("LDTT");
        assertThat(eligible(result.people().get(9L))).isEmpty();
        assertThat(eligible(result.people().get(10L))).containsExactly("LDTT", "CSTD_CO_SO");
        assertThat(eligible(result.unit())).containsExactly("TTLDTT", "TTLDXS");
        assertThat(result.unitTitles()).containsExactly("TTLDTT", "TTLDXS");
        assertThat(result.quotas()).isEmpty();

        // the unit rated only "tốt": no TTLĐXS
        var good = new UnitJudgement.Unit("Trường A", Rating.HOAN_THANH_TOT, Map.of(), Set.of());
        assertThat(eligible(UnitJudgement.judge(book, school(), good, INDIVIDUAL, COLLECTIVE, YEAR, NOW, "HN", "A")
                        .unit()))
                .containsExactly("TTLDTT");
    }

    @Test
    void aProvinceQuotaCapsTheProposalsAndTheLegacyRulesJudgeOldYears() {
        List<RuleSet> sets = new ArrayList<>(EligibilityService.shippedRuleSets());
        sets.add(new RuleSet(
                "TN-QC",
                "Quy chế tỉnh",
                Scope.PROVINCE,
                "TN",
                LocalDate.of(2025, 9, 1),
                null,
                "ví dụ",
                Map.of(),
                List.of(new Quota("CSTD_CO_SO", "LDTT", 15, null, null)),
                null,
                null,
                null));
        RuleBook book = new RuleBook(sets);
        var unit = new UnitJudgement.Unit("Trường A", Rating.HOAN_THANH_XUAT_SAC, Map.of(), Set.of());
        var result = UnitJudgement.judge(book, school(), unit, INDIVIDUAL, COLLECTIVE, YEAR, NOW, "TN", "A");
        // 15 % of 9 LĐTT = 1 (rounded down); 2 proposed → over the quota
        Check quota = result.quotas().get("CSTD_CO_SO");
        assertThat(quota.met()).isFalse();
        assertThat(quota.args()).containsExactly("CSTD_CO_SO", "15", "LDTT", "9", "1", "2");

        // judged on a date under Decree 91, CSTĐ cơ sở needs LĐTT of the same year and the 15 % quota applies too
        var legacy = UnitJudgement.judge(
                book, school(), unit, INDIVIDUAL, COLLECTIVE, "2022-2023", LocalDate.of(2023, 5, 25), "HN", "A");
        assertThat(legacy.quotas()).containsKey("CSTD_CO_SO");
        assertThat(legacy.people().get(7L).getFirst().ruleSet().code()).isEqualTo("ND-91-2017");
    }
}
