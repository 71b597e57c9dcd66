package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;

/** The condition vocabulary, the shipped rule sets, the choice of rule set by date and scope, quotas, explanations. */
class EligibilityTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final String YEAR = "2025-2026";
    static final LocalDate NOW = LocalDate.of(2026, 5, 25);
    static final LocalDate LEGACY = LocalDate.of(2023, 5, 25);

    final RuleBook book = new RuleBook(EligibilityService.shippedRuleSets());
    final EligibilityService service = new EligibilityService(messages(), catalogue(), null, null, null);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static CatalogueService catalogue() {
        CatalogueService catalogue = mock(CatalogueService.class);
        Map<String, String> names = Map.of(
                "LDTT", "Lao động tiên tiến",
                "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở",
                "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh",
                "TTLDTT", "Tập thể lao động tiên tiến",
                "TTLDXS", "Tập thể lao động xuất sắc");
        when(catalogue.find(anyString()))
                .thenAnswer(call -> Optional.ofNullable(names.get((String) call.getArgument(0)))
                        .map(n -> new AwardTypeSummary(
                                call.getArgument(0), null, Subject.INDIVIDUAL, n, n, 0, null, Set.of(), false)));
        return catalogue;
    }

    /** A teacher: ratings, titles by year, initiatives by year; not disciplined, 12 months, registered for LĐTT. */
    static Candidate teacher(
            Map<String, Rating> ratings, Map<String, Set<String>> titles, Map<String, InitiativeLevel> initiatives) {
        return new Candidate(
                Subject.INDIVIDUAL,
                "Nguyễn Thị Lan",
                ratings,
                titles,
                initiatives,
                Discipline.NONE,
                12,
                Set.of("LDTT"),
                false,
                Set.of(),
                null);
    }

    static Candidate school(Rating rating, int members, int completed, int ldtt, int cstdcs, Discipline worst) {
        return new Candidate(
                Subject.COLLECTIVE,
                "Trường THCS Nha Trang",
                Map.of(YEAR, rating),
                Map.of(),
                Map.of(),
                Discipline.NONE,
                12,
                Set.of(),
                false,
                Set.of(),
                new Candidate.Members(members, completed, Map.of("LDTT", ldtt, "CSTD_CO_SO", cstdcs), worst));
    }

    List<String> explain(Verdict v) {
        return service.explain(v, VI);
    }

    // ------------------------------------------------------------------------------------------- the vocabulary

    @Test
    void ratingAtLeast() {
        var c = teacher(Map.of(YEAR, Rating.HOAN_THANH_TOT), Map.of(), Map.of());
        assertThat(new Condition.RatingAtLeast(Rating.HOAN_THANH_TOT)
                        .test(c, "LDTT", YEAR)
                        .met())
                .isTrue();
        Check excellent = new Condition.RatingAtLeast(Rating.HOAN_THANH_XUAT_SAC).test(c, "CSTD_CO_SO", YEAR);
        assertThat(excellent.met()).isFalse();
        assertThat(service.explain(excellent, VI))
                .isEqualTo("Chưa đạt: cần xếp loại từ mức hoàn thành xuất sắc nhiệm vụ, năm học 2025-2026 xếp loại: "
                        + "hoàn thành tốt nhiệm vụ");
        assertThat(new Condition.RatingAtLeast(Rating.HOAN_THANH)
                        .test(c, "LDTT", "2024-2025")
                        .met())
                .as("no rating that year")
                .isFalse();
    }

    @Test
    void consecutiveYearsAreJudgedOnSchoolYearsAndExplained() {
        // the reference's example: CSTĐ cơ sở in 2023-2024 and 2024-2025 only
        var c = teacher(
                Map.of(), Map.of("2023-2024", Set.of("CSTD_CO_SO"), "2024-2025", Set.of("CSTD_CO_SO")), Map.of());
        Check check = new Condition.ConsecutiveYears("CSTD_CO_SO", 3).test(c, "CSTD_TINH", YEAR);
        assertThat(check.met()).isFalse();
        assertThat(service.explain(check, VI))
                .isEqualTo("Chưa đạt: cần 3 năm liên tục Chiến sĩ thi đua cơ sở, hiện có 2 (2023-2024, 2024-2025)");
        // with the year's own title the run is three
        var three = teacher(
                Map.of(),
                Map.of(
                        "2023-2024",
                        Set.of("CSTD_CO_SO"),
                        "2024-2025",
                        Set.of("CSTD_CO_SO"),
                        YEAR,
                        Set.of("CSTD_CO_SO")),
                Map.of());
        assertThat(new Condition.ConsecutiveYears("CSTD_CO_SO", 3)
                        .test(three, "CSTD_TINH", YEAR)
                        .met())
                .isTrue();
        // a gap breaks the run
        var gap = teacher(
                Map.of(),
                Map.of(
                        "2022-2023",
                        Set.of("CSTD_CO_SO"),
                        "2024-2025",
                        Set.of("CSTD_CO_SO"),
                        YEAR,
                        Set.of("CSTD_CO_SO")),
                Map.of());
        assertThat(new Condition.ConsecutiveYears("CSTD_CO_SO", 3)
                        .test(gap, "CSTD_TINH", YEAR)
                        .args())
                .containsExactly("3", "CSTD_CO_SO", "2", "2024-2025, 2025-2026");
    }

    @Test
    void memberShareAllCompletedAndMemberWithTitle() {
        var school = school(Rating.HOAN_THANH_XUAT_SAC, 30, 30, 20, 1, Discipline.NONE);
        Check share = new Condition.MemberShare("LDTT", 70).test(school, "TTLDXS", YEAR);
        assertThat(share.met()).as("20/30 = 66.7 % < 70 %").isFalse();
        assertThat(service.explain(share, VI))
                .isEqualTo("Chưa đạt: cần từ 70% thành viên đạt Lao động tiên tiến, hiện 20/30 (67%)");
        assertThat(new Condition.MemberShare("LDTT", 70)
                        .test(school(Rating.HOAN_THANH_XUAT_SAC, 30, 30, 21, 1, Discipline.NONE), "TTLDXS", YEAR)
                        .met())
                .as("21/30 = 70 %")
                .isTrue();
        assertThat(new Condition.AllMembersCompleted()
                        .test(school(Rating.HOAN_THANH_TOT, 30, 29, 20, 0, Discipline.NONE), "TTLDTT", YEAR)
                        .met())
                .isFalse();
        assertThat(new Condition.AllMembersCompleted()
                        .test(school, "TTLDTT", YEAR)
                        .met())
                .isTrue();
        assertThat(new Condition.MemberWithTitle("CSTD_CO_SO", 1)
                        .test(school(Rating.HOAN_THANH_TOT, 30, 30, 25, 0, Discipline.NONE), "TTLDXS", YEAR)
                        .met())
                .isFalse();
        assertThatThrownBy(() -> new Condition.MemberShare("LDTT", 50)
                        .test(teacher(Map.of(), Map.of(), Map.of()), "TTLDTT", YEAR))
                .hasMessageContaining("collective");
    }

    @Test
    void initiativeRegisteredDisciplineServiceAndTheHeadRule() {
        var c = teacher(Map.of(YEAR, Rating.HOAN_THANH_XUAT_SAC), Map.of(), Map.of(YEAR, InitiativeLevel.UNIT));
        assertThat(new Condition.Initiative(InitiativeLevel.UNIT)
                        .test(c, "CSTD_CO_SO", YEAR)
                        .met())
                .isTrue();
        assertThat(new Condition.Initiative(InitiativeLevel.PROVINCE)
                        .test(c, "CSTD_TINH", YEAR)
                        .met())
                .isFalse();
        assertThat(new Condition.Registered().test(c, "LDTT", YEAR).met()).isTrue();
        assertThat(new Condition.Registered().test(c, "CSTD_CO_SO", YEAR).met()).isFalse();

        var disciplined = new Candidate(
                Subject.INDIVIDUAL,
                "Trần Văn Nam",
                Map.of(),
                Map.of(),
                Map.of(),
                Discipline.KHIEN_TRACH,
                7,
                Set.of(),
                true,
                Set.of(),
                null);
        Check discipline = new Condition.NoDiscipline(Discipline.KHIEN_TRACH, false).test(disciplined, "LDTT", YEAR);
        assertThat(discipline.met()).isFalse();
        assertThat(service.explain(discipline, VI))
                .isEqualTo("Chưa đạt: bị kỷ luật khiển trách (từ mức khiển trách trở lên không được xét)");
        assertThat(new Condition.NoDiscipline(Discipline.CANH_CAO, false)
                        .test(disciplined, "LDTT", YEAR)
                        .met())
                .isTrue();
        assertThat(new Condition.NoDiscipline(Discipline.CANH_CAO, true)
                        .test(school(Rating.HOAN_THANH_TOT, 10, 10, 6, 0, Discipline.CANH_CAO), "TTLDTT", YEAR)
                        .met())
                .isFalse();
        Check service7 = new Condition.ServiceMonths(10).test(disciplined, "LDTT", YEAR);
        assertThat(service7.met()).isFalse();
        assertThat(service.explain(service7, VI))
                .isEqualTo("Chưa đạt: cần công tác từ 10 tháng trong năm, hiện 7 tháng");

        Condition head = new Condition.HeadRequiresUnitTitle(Set.of("TTLDTT", "TTLDXS"));
        assertThat(head.test(disciplined, "CSTD_CO_SO", YEAR).met())
                .as("head, unit without title")
                .isFalse();
        assertThat(head.test(c, "CSTD_CO_SO", YEAR).met()).as("not the head").isTrue();
        var headOfGoodUnit = new Candidate(
                Subject.INDIVIDUAL,
                "Trần Văn Nam",
                Map.of(),
                Map.of(),
                Map.of(),
                Discipline.NONE,
                12,
                Set.of(),
                true,
                Set.of("TTLDTT"),
                null);
        assertThat(head.test(headOfGoodUnit, "CSTD_CO_SO", YEAR).met()).isTrue();
        assertThat(service.explain(head.test(disciplined, "CSTD_CO_SO", YEAR), VI))
                .isEqualTo("Chưa đạt: người đứng đầu chỉ được xét khi đơn vị đạt một trong các danh hiệu: "
                        + "Tập thể lao động tiên tiến, Tập thể lao động xuất sắc");
    }

    // ------------------------------------------------------------------------------------ rule sets as data

    @Test
    void theShippedRuleSetsLoadAndNameOnlyTitlesOfTheCatalogue() throws IOException {
        assertThat(book.sets()).extracting(RuleSet::code).containsExactly("LUAT-TDKT-2022", "ND-91-2017");
        List<String> catalogue = Files.readAllLines(
                        Path.of("src/main/resources/db/changelog/catalogue/award-types.csv"), StandardCharsets.UTF_8)
                .stream()
                .skip(1)
                .map(l -> l.split(";")[0])
                .toList();
        for (RuleSet set : book.sets()) {
            assertThat(catalogue).as(set.code()).containsAll(set.titles().keySet());
            set.titles().values().stream().flatMap(List::stream).forEach(c -> {
                if (c instanceof Condition.ConsecutiveYears y) {
                    assertThat(catalogue).contains(y.title());
                }
                if (c instanceof Condition.MemberShare s) {
                    assertThat(catalogue).contains(s.title());
                }
            });
            assertThat(set.legalBasis()).isNotBlank();
        }
    }

    @Test
    void theEffectiveDateSwitchesBetweenTheLegacyAndTheCurrentRules() {
        // LĐTT this year, an initiative at the unit, rated "hoàn thành tốt": CSTĐ cơ sở under the old rules only
        var c = teacher(
                Map.of(YEAR, Rating.HOAN_THANH_TOT, "2022-2023", Rating.HOAN_THANH_TOT),
                Map.of(YEAR, Set.of("LDTT"), "2022-2023", Set.of("LDTT")),
                Map.of(YEAR, InitiativeLevel.UNIT, "2022-2023", InitiativeLevel.UNIT));
        Verdict legacy = book.evaluate(c, "CSTD_CO_SO", "2022-2023", LEGACY, "TN", "THCS-NT");
        assertThat(legacy.ruleSet().code()).isEqualTo("ND-91-2017");
        assertThat(legacy.eligible()).isTrue();
        Verdict current = book.evaluate(c, "CSTD_CO_SO", YEAR, NOW, "TN", "THCS-NT");
        assertThat(current.ruleSet().code()).isEqualTo("LUAT-TDKT-2022");
        assertThat(current.eligible()).isFalse();
        assertThat(explain(current))
                .first()
                .isEqualTo("Chưa đạt: cần xếp loại từ mức hoàn thành xuất sắc nhiệm vụ, năm học 2025-2026 xếp loại: "
                        + "hoàn thành tốt nhiệm vụ");
        assertThat(book.evaluate(c, "CSTD_CO_SO", YEAR, LocalDate.of(2015, 6, 1), "TN", "THCS-NT"))
                .satisfies(v -> {
                    assertThat(v.eligible()).isFalse();
                    assertThat(v.ruleSet()).isNull();
                    assertThat(explain(v))
                            .containsExactly(
                                    "Không có quy định nào về Chiến sĩ thi đua cơ sở có hiệu lực ngày 01/06/2015");
                });
    }

    @Test
    void aProvinceOverrideWinsOverTheNationalDefaultForItsUnitsOnly() {
        RuleSet thaiNguyen = new RuleSet(
                "TN-2026",
                "Quy định thi đua ngành Giáo dục tỉnh Thái Nguyên",
                Scope.PROVINCE,
                "TN",
                LocalDate.of(2025, 9, 1),
                null,
                "Quyết định của UBND tỉnh Thái Nguyên (ví dụ)",
                Map.of(
                        "LDTT",
                        List.of(
                                new Condition.RatingAtLeast(Rating.HOAN_THANH_TOT),
                                new Condition.Registered(),
                                new Condition.ServiceMonths(10))),
                List.of(),
                Share.parse("3/4"),
                List.of(new BallotRule("*", Share.parse("2/3"), VoteBasis.PRESENT)),
                null);
        List<RuleSet> sets = new java.util.ArrayList<>(book.sets());
        sets.add(thaiNguyen);
        RuleBook withOverride = new RuleBook(sets);
        var notRegistered = new Candidate(
                Subject.INDIVIDUAL,
                "Lê Văn Hùng",
                Map.of(YEAR, Rating.HOAN_THANH_TOT),
                Map.of(),
                Map.of(),
                Discipline.NONE,
                12,
                Set.of(),
                false,
                Set.of(),
                null);

        Verdict inThaiNguyen = withOverride.evaluate(notRegistered, "LDTT", YEAR, NOW, "TN", "THCS-NT");
        assertThat(inThaiNguyen.ruleSet().code()).isEqualTo("TN-2026");
        assertThat(inThaiNguyen.eligible()).isFalse();
        assertThat(explain(inThaiNguyen))
                .contains("Chưa đạt: chưa đăng ký danh hiệu Lao động tiên tiến năm học 2025-2026");
        Verdict elsewhere = withOverride.evaluate(notRegistered, "LDTT", YEAR, NOW, "DT", "THCS-THC");
        assertThat(elsewhere.ruleSet().code()).isEqualTo("LUAT-TDKT-2022");
        assertThat(elsewhere.eligible()).isTrue();
        // titles the province does not override keep the national rule
        assertThat(withOverride
                        .deciding("TTLDTT", NOW, "TN", "THCS-NT")
                        .orElseThrow()
                        .code())
                .isEqualTo("LUAT-TDKT-2022");
        // before the province rule starts, the national one decides
        assertThat(withOverride
                        .deciding("LDTT", LocalDate.of(2025, 8, 31), "TN", "THCS-NT")
                        .orElseThrow()
                        .code())
                .isEqualTo("LUAT-TDKT-2022");
    }

    @Test
    void collectivesUnderTheCurrentLaw() {
        // 30 members, all completed, 21 LĐTT (70 %), one CSTĐ cơ sở, unit rated excellent: TTLĐXS
        Verdict excellent = book.evaluate(
                school(Rating.HOAN_THANH_XUAT_SAC, 30, 30, 21, 1, Discipline.NONE),
                "TTLDXS",
                YEAR,
                NOW,
                "TN",
                "THCS-NT");
        assertThat(excellent.eligible()).isTrue();
        assertThat(explain(excellent)).contains("21/30 thành viên (70%) đạt Lao động tiên tiến (yêu cầu từ 70%)");
        // without a CSTĐ cơ sở: TTLĐTT only
        var noFighter = school(Rating.HOAN_THANH_XUAT_SAC, 30, 30, 21, 0, Discipline.NONE);
        assertThat(book.evaluate(noFighter, "TTLDXS", YEAR, NOW, "TN", "THCS-NT")
                        .unmet())
                .extracting(Check::messageKey)
                .containsExactly("eligibility.memberWithTitle.unmet");
        assertThat(book.evaluate(noFighter, "TTLDTT", YEAR, NOW, "TN", "THCS-NT")
                        .eligible())
                .isTrue();
    }

    @Test
    void quotas() {
        Quota legacy = book.quota("CSTD_CO_SO", LEGACY, "TN", "THCS-NT").orElseThrow();
        assertThat(legacy.cap(27, Set.of())).as("15 % of 27, rounded down").isEqualTo(4);
        assertThat(service.explain(legacy.check(5, 27, Set.of()), VI))
                .isEqualTo("Vượt chỉ tiêu: 5 đề nghị Chiến sĩ thi đua cơ sở, tối đa 4 (15% của 27 Lao động tiên tiến)");
        assertThat(legacy.check(4, 27, Set.of()).met()).isTrue();
        assertThat(book.quota("CSTD_CO_SO", NOW, "TN", "THCS-NT"))
                .as("no national quota today")
                .isEmpty();
        Quota raised = new Quota("CSTD_CO_SO", "LDTT", 20, "TTLDXS", 25);
        assertThat(raised.cap(40, Set.of())).isEqualTo(8);
        assertThat(raised.cap(40, Set.of("TTLDXS"))).isEqualTo(10);
    }

    @Test
    void everyConditionIsExplainedInBothLanguages() throws IOException {
        Properties vi = new Properties();
        Properties en = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/messages.properties");
                var in2 = getClass().getResourceAsStream("/i18n/messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(in2, StandardCharsets.UTF_8));
        }
        Map<String, Boolean> keys = new HashMap<>();
        for (String c : List.of(
                "rating",
                "consecutive",
                "memberShare",
                "allMembersCompleted",
                "memberWithTitle",
                "initiative",
                "registered",
                "noDiscipline",
                "noDiscipline.members",
                "serviceMonths",
                "headRequiresUnitTitle",
                "quota")) {
            keys.put("eligibility." + c + ".met", true);
            keys.put("eligibility." + c + ".unmet", true);
        }
        keys.put("eligibility.noRuleSet.unmet", true);
        keys.put("eligibility.headRequiresUnitTitle.notHead.met", true);
        for (Enum<?> e :
                List.<Enum<?>>of(Rating.values()[0], Rating.values()[1], Rating.values()[2], Rating.values()[3])) {
            keys.put("eligibility.value." + e.name(), true);
        }
        for (Discipline d : Discipline.values()) {
            keys.put("eligibility.value." + d.name(), true);
        }
        for (InitiativeLevel l : InitiativeLevel.values()) {
            keys.put("eligibility.value." + l.name(), true);
        }
        assertThat(vi.stringPropertyNames()).containsAll(keys.keySet());
        assertThat(en.stringPropertyNames()).containsAll(keys.keySet());
        assertThat(service.explain(
                        Check.of(true, "rating", Rating.HOAN_THANH_TOT, Rating.HOAN_THANH_XUAT_SAC, YEAR),
                        Locale.ENGLISH))
                .isEqualTo("Rating in 2025-2026: tasks completed excellently (at least tasks completed well required)");
    }

    @Test
    void badRuleSetsAreRefused() {
        assertThatThrownBy(() -> new RuleSet(
                        "X", "X", Scope.PROVINCE, null, NOW, null, "basis", Map.of(), List.of(), null, null, null))
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> new RuleSet(
                        "X",
                        "X",
                        Scope.NATIONAL,
                        null,
                        NOW,
                        NOW.minusDays(1),
                        "basis",
                        Map.of(),
                        List.of(),
                        null,
                        null,
                        null))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> new Condition.ConsecutiveYears("LDTT", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quota("CSTD_CO_SO", "LDTT", 120, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        book.evaluate(teacher(Map.of(), Map.of(), Map.of()), "LDTT", "2025", NOW, "TN", "THCS-NT"))
                .hasMessageContaining("Not a school year");
        assertThatThrownBy(() -> Share.parse("3/2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.parse("hai phần ba")).hasMessageContaining("2/3");
    }

    @Test
    void sharesCompareExactly() {
        Share twoThirds = Share.parse("2/3");
        assertThat(twoThirds.reached(20, 30)).isTrue();
        assertThat(twoThirds.reached(19, 30)).isFalse();
        assertThat(twoThirds.needed(30)).isEqualTo(20);
        assertThat(twoThirds.needed(10)).isEqualTo(7);
        assertThat(Share.parse("90%").reached(26, 29)).isFalse();
        assertThat(Share.parse("90%").reached(27, 30)).isTrue();
        assertThat(Share.parse("1/2").reached(0, 0)).isFalse();
        assertThat(Share.parse(" 90 %").toString()).isEqualTo("90%");
    }

    @Test
    void theCouncilRulesComeFromTheRuleSetInForce() {
        // current law: CSTĐ toàn quốc needs 90 % of all members; other titles a majority of those present
        var national = book.ballot("CSTD_TOAN_QUOC", NOW, "TN", "THCS-NT").orElseThrow();
        assertThat(national.getKey().code()).isEqualTo("LUAT-TDKT-2022");
        assertThat(national.getValue().passes(26, 29, 29)).isFalse();
        assertThat(national.getValue().passes(27, 30, 28)).isTrue();
        var base = book.ballot("CSTD_CO_SO", NOW, "TN", "THCS-NT").orElseThrow().getValue();
        assertThat(base.title()).isEqualTo(RuleBook.ANY_TITLE);
        assertThat(base.passes(10, 30, 20)).isTrue();
        assertThat(base.passes(9, 30, 20)).isFalse();
        // before 2024 (Decree 91): CSTĐ cấp tỉnh needed 90 % of all members too
        var legacy = book.ballot("CSTD_TINH", LocalDate.of(2020, 6, 1), "TN", "THCS-NT")
                .orElseThrow();
        assertThat(legacy.getKey().code()).isEqualTo("ND-91-2017");
        assertThat(legacy.getValue().basis()).isEqualTo(VoteBasis.ALL_MEMBERS);
        assertThat(book.quorum(NOW, "TN", "THCS-NT").orElseThrow().quorum()).isEqualTo(Share.parse("2/3"));
    }

    @Test
    void aYearlyScoreRatesByTheScaleInForce() {
        RuleSet scale = book.ratingScale(NOW, "TN", "THCS-NT").orElseThrow();
        assertThat(scale.code()).isEqualTo("LUAT-TDKT-2022");
        assertThat(scale.rate(90)).isEqualTo(Rating.HOAN_THANH_XUAT_SAC);
        assertThat(scale.rate(89.99)).isEqualTo(Rating.HOAN_THANH_TOT);
        assertThat(scale.rate(70)).isEqualTo(Rating.HOAN_THANH_TOT);
        assertThat(scale.rate(50)).isEqualTo(Rating.HOAN_THANH);
        assertThat(scale.rate(49.5)).isEqualTo(Rating.KHONG_HOAN_THANH);
        // the legacy rules rate no scores: the rating is entered
        assertThat(book.ratingScale(LEGACY, "TN", "THCS-NT")).isEmpty();
    }

    @Test
    void aProvinceBallotDefaultNeverLowersAThresholdTheLawSetsForOneTitle() {
        RuleSet province = new RuleSet(
                "TN-QC",
                "Quy chế thi đua, khen thưởng tỉnh Thái Nguyên",
                Scope.PROVINCE,
                "TN",
                LocalDate.of(2025, 9, 1),
                null,
                "Quy chế (ví dụ)",
                Map.of(),
                List.of(),
                Share.parse("3/4"),
                List.of(
                        new BallotRule("*", Share.parse("2/3"), VoteBasis.PRESENT),
                        new BallotRule("CSTD_CO_SO", Share.parse("70%"), VoteBasis.ALL_MEMBERS)),
                null);
        List<RuleSet> sets = new java.util.ArrayList<>(book.sets());
        sets.add(province);
        RuleBook withProvince = new RuleBook(sets);
        assertThat(withProvince
                        .ballot("CSTD_CO_SO", NOW, "TN", "X")
                        .orElseThrow()
                        .getValue()
                        .atLeast())
                .isEqualTo(Share.parse("70%"));
        assertThat(withProvince
                        .ballot("LDTT", NOW, "TN", "X")
                        .orElseThrow()
                        .getValue()
                        .atLeast())
                .isEqualTo(Share.parse("2/3"));
        assertThat(withProvince
                        .ballot("CSTD_TOAN_QUOC", NOW, "TN", "X")
                        .orElseThrow()
                        .getValue()
                        .atLeast())
                .isEqualTo(Share.parse("90%"));
        assertThat(withProvince
                        .ballot("LDTT", NOW, "HN", "X")
                        .orElseThrow()
                        .getValue()
                        .atLeast())
                .isEqualTo(Share.parse("1/2"));
        assertThat(withProvince.quorum(NOW, "TN", "X").orElseThrow().code()).isEqualTo("TN-QC");
        assertThat(withProvince.quorum(NOW, "HN", "X").orElseThrow().code()).isEqualTo("LUAT-TDKT-2022");
    }
}
