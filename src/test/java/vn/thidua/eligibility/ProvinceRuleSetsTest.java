package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.tenancy.RuleOverridesCheck;

/** A province's rule sets as written in its tenants-config file (values as YAML scalars: text). */
class ProvinceRuleSetsTest {

    private static Map<String, Object> set(Map<String, Object> extra) {
        Map<String, Object> set = new java.util.LinkedHashMap<>(Map.of(
                "code", "DT-QC",
                "name", "Quy chế thi đua, khen thưởng tỉnh Đồng Tháp",
                "effective-from", "2025-09-01",
                "legal-basis", "Quy chế (ví dụ)"));
        set.putAll(extra);
        return Map.of("rule-sets", List.of(set));
    }

    @Test
    void aProvinceSetIsReadInKebabCaseAndBelongsToTheProvince() {
        var sets = ProvinceRuleSets.parse(
                "DT",
                set(Map.of(
                        "titles",
                        Map.of(
                                "TTLDTT",
                                List.of(
                                        Map.of("type", "memberShare", "title", "LDTT", "percent", "60"),
                                        Map.of(
                                                "type",
                                                "noDiscipline",
                                                "at-or-above",
                                                "CANH_CAO",
                                                "of-members",
                                                "true"))),
                        "quotas",
                        List.of(Map.of("title", "CSTD_CO_SO", "of", "LDTT", "percent", "20")),
                        "quorum",
                        "3/4",
                        "ballots",
                        List.of(Map.of("title", "*", "at-least", "70%", "basis", "ALL_MEMBERS")))));
        RuleSet dt = sets.getFirst();
        assertThat(dt.scope()).isEqualTo(Scope.PROVINCE);
        assertThat(dt.owner()).isEqualTo("DT");
        assertThat(dt.titles().get("TTLDTT"))
                .containsExactly(
                        new Condition.MemberShare("LDTT", 60), new Condition.NoDiscipline(Discipline.CANH_CAO, true));
        assertThat(dt.quorum()).isEqualTo(Share.parse("3/4"));
        assertThat(dt.ballots()).containsExactly(new BallotRule("*", Share.parse("70%"), VoteBasis.ALL_MEMBERS));

        // with the shipped sets: the province's set decides its title for its units only, from its start date
        List<RuleSet> all = new ArrayList<>(EligibilityService.shippedRuleSets());
        all.addAll(sets);
        RuleBook book = new RuleBook(all);
        LocalDate after = LocalDate.of(2026, 5, 25);
        assertThat(book.deciding("TTLDTT", after, "DT", "X").orElseThrow().code())
                .isEqualTo("DT-QC");
        assertThat(book.deciding("TTLDTT", after, "TN", "X").orElseThrow().code())
                .isEqualTo("LUAT-TDKT-2022");
        assertThat(book.deciding("TTLDTT", LocalDate.of(2025, 8, 31), "DT", "X")
                        .orElseThrow()
                        .code())
                .isEqualTo("LUAT-TDKT-2022");
        assertThat(book.deciding("LDTT", after, "DT", "X").orElseThrow().code()).isEqualTo("LUAT-TDKT-2022");
    }

    @Test
    void eachMistakeNamesItsField() {
        assertThatThrownBy(() -> ProvinceRuleSets.parse("DT", set(Map.of("scope", "NATIONAL"))))
                .isInstanceOf(RuleOverridesCheck.Problem.class)
                .extracting(e -> ((RuleOverridesCheck.Problem) e).field())
                .isEqualTo("rule-sets[0].scope");
        assertThatThrownBy(() -> ProvinceRuleSets.parse(
                        "DT", set(Map.of("titles", Map.of("LDTT", List.of(Map.of("type", "rating", "min", "GIOI")))))))
                .extracting(e -> ((RuleOverridesCheck.Problem) e).field())
                .isEqualTo("rule-sets[0].titles.LDTT[0].min");
        assertThatThrownBy(() -> ProvinceRuleSets.parse("DT", set(Map.of("efective-to", "2030-01-01"))))
                .extracting(e -> ((RuleOverridesCheck.Problem) e).field())
                .isEqualTo("rule-sets[0].efective-to");
        assertThatThrownBy(() -> ProvinceRuleSets.parse("DT", set(Map.of("effective-to", "2024-01-01"))))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> ProvinceRuleSets.parse("DT", Map.of("rule-sets", "none")))
                .extracting(e -> ((RuleOverridesCheck.Problem) e).field())
                .isEqualTo("rule-sets");
        assertThat(ProvinceRuleSets.parse("DT", Map.of())).isEmpty();
    }
}
