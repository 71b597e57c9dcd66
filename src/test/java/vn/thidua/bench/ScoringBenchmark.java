package vn.thidua.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.criteria.Aggregation;
import vn.thidua.criteria.Band;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetSummary;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Period;
import vn.thidua.criteria.Periods;
import vn.thidua.criteria.ScoreCardView;
import vn.thidua.criteria.ScoreSheetData;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoreSheetSummary;
import vn.thidua.criteria.ScoringService;
import vn.thidua.criteria.ScoringType;
import vn.thidua.criteria.SubjectType;
import vn.thidua.criteria.YearResult;
import vn.thidua.identity.ActiveUnitService;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserProvisioning;

/**
 * Benchmark of scoring (not a test: it prints figures and never fails on timing): a school of {@code bench.staff}
 * staff (60) over a school year on a sheet of 15 criteria — 12 monthly periods and, on a second sheet, 2 semesters
 * weighted (HK I + 2 × HK II) / 3 — every card self-assessed and submitted by its owner, then confirmed by the
 * principal; prints the time to save all scores, to confirm them, to compute totals and ranks (both sheets) and the
 * p50/p95 of the ranking a reviewer's page loads ({@code ScoringService.ranking}, the query and computation behind the
 * ranking view), with the XLSX export. Deterministic by {@code bench.seed}. H2 in memory by default; {@code -Pbench,mysql}
 * on MariaDB/MySQL.
 *
 * <p>Run: {@code ./mvnw test -Pbench -Dtest=ScoringBenchmark}.
 */
@IntegrationTest
class ScoringBenchmark {

    static final int STAFF = Integer.getInteger("bench.staff", 60);
    static final long SEED = Long.getLong("bench.seed", 2026);
    static final int CRITERIA = 15;
    static final String SCHOOL = "THCS-NHATRANG-TN";

    @Autowired
    TestLogins logins;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    ActiveUnitService activeUnits;

    @Autowired
    CriteriaService criteria;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    ScoringService scoring;

    @Test
    void scoreASchoolYear() {
        List<UserProvisioning.Provision> people = new ArrayList<>();
        for (int i = 1; i <= STAFF; i++) {
            people.add(new UserProvisioning.Provision(
                    "bench.gv%02d.thcsnt".formatted(i),
                    "Giáo viên thử tải %02d".formatted(i),
                    "bench.gv%02d@bench.thidua.example.vn".formatted(i),
                    SCHOOL,
                    Set.of(Role.STAFF),
                    "Giáo viên",
                    "bench1234"));
        }
        provisioning.ensureAll(people);
        long unit = logins.unitId(SCHOOL);

        logins.as("hieutruong.thcsnt", SCHOOL);
        CriteriaSetSummary set = criteria.create("Tiêu chí thử tải", "2026-2027", SubjectType.TEACHER);
        List<Criterion> list = new ArrayList<>();
        for (int c = 1; c <= CRITERIA; c++) {
            ScoringType type = c % 5 == 0 ? ScoringType.DEDUCTION : c % 7 == 0 ? ScoringType.YES_NO : ScoringType.SCALE;
            BigDecimal max = c <= 10 ? BigDecimal.valueOf(8) : BigDecimal.valueOf(4);
            list.add(new Criterion(
                    String.valueOf(c),
                    "Tiêu chí " + c,
                    max,
                    type,
                    type == ScoringType.DEDUCTION ? BigDecimal.ONE : null,
                    null,
                    c == 3,
                    false));
        }
        set = criteria.save(set.id(), set.version(), set.name(), list);
        set = criteria.publish(set.id(), set.version());
        List<Band> bands = List.of(
                new Band("Tốt", bd(90), bd(100), 30),
                new Band("Khá", bd(70), bd(90), null),
                new Band("Đạt", bd(50), bd(70), null),
                new Band("Chưa đạt", bd(0), bd(50), null));
        ScoreSheetSummary monthly = sheets.create(new ScoreSheetData(
                "Tháng", set.id(), bd(100), Periods.months("2026-2027", 8, 12), Aggregation.MEAN, null, bands, 24));
        ScoreSheetSummary semesters = sheets.create(new ScoreSheetData(
                "Học kỳ", set.id(), bd(100), Periods.semesters(1, 2), Aggregation.WEIGHTED, 3, bands, null));

        Random random = new Random(SEED);
        long t0 = System.nanoTime();
        int cards = 0;
        for (int i = 1; i <= STAFF; i++) {
            as("bench.gv%02d.thcsnt".formatted(i), unit);
            for (ScoreSheetSummary sheet : List.of(monthly, semesters)) {
                for (Period p : sheet.periods()) {
                    scoring.saveSelf(sheet.id(), p.code(), values(random, sheet.criteria()));
                    scoring.addEvidence(sheet.id(), p.code(), "3", "minh-chung.pdf", RollupBenchmarkFiles.PDF);
                    scoring.submit(sheet.id(), p.code());
                    cards++;
                }
            }
        }
        double saveSeconds = (System.nanoTime() - t0) / 1e9;

        logins.as("hieutruong.thcsnt", SCHOOL);
        long t1 = System.nanoTime();
        for (ScoreSheetSummary sheet : List.of(monthly, semesters)) {
            for (Period p : sheet.periods()) {
                for (ScoreCardView c : scoring.cards(sheet.id(), p.code())) {
                    scoring.confirm(c.id(), c.version());
                }
            }
        }
        double confirmSeconds = (System.nanoTime() - t1) / 1e9;

        long t2 = System.nanoTime();
        List<YearResult> year = scoring.ranking(monthly.id());
        List<YearResult> semester = scoring.ranking(semesters.id());
        double rankSeconds = (System.nanoTime() - t2) / 1e9;

        for (int i = 0; i < 20; i++) {
            scoring.ranking(monthly.id());
        }
        double[] page = new double[200];
        for (int i = 0; i < page.length; i++) {
            long s = System.nanoTime();
            scoring.ranking(monthly.id());
            page[i] = (System.nanoTime() - s) / 1e6;
        }
        double[] export = new double[50];
        for (int i = 0; i < export.length; i++) {
            long s = System.nanoTime();
            scoring.exportRanking(monthly.id(), List.of("Xếp hạng"), List.of("TT", "Họ tên", "Điểm", "Xếp loại", "Kỳ"));
            export[i] = (System.nanoTime() - s) / 1e6;
        }
        logins.logout();

        System.out.printf(
                Locale.ROOT,
                """

                ===== ScoringBenchmark: %d staff × (12 months + 2 semesters) × %d criteria =====
                cards self-assessed, evidenced, submitted : %d in %.2f s (%.1f ms per card)
                cards confirmed by the principal          : %d in %.2f s
                totals, year scores and ranks (2 sheets)  : %.1f ms (%d + %d people ranked)
                ranking page load (monthly sheet)         : p50 %.2f ms   p95 %.2f ms   (n = %d)
                ranking XLSX export                       : p50 %.2f ms   p95 %.2f ms   (n = %d)
                first: %s %s (%s), last: %s %s (%s)
                """,
                STAFF,
                CRITERIA,
                cards,
                saveSeconds,
                saveSeconds * 1000 / cards,
                cards,
                confirmSeconds,
                rankSeconds * 1000,
                year.size(),
                semester.size(),
                percentile(page, 50),
                percentile(page, 95),
                page.length,
                percentile(export, 50),
                percentile(export, 95),
                export.length,
                year.getFirst().personName(),
                year.getFirst().total(),
                year.getFirst().band(),
                year.getLast().personName(),
                year.getLast().total(),
                year.getLast().band());
    }

    private void as(String username, long unit) {
        var auth = activeUnits.authenticationFor(logins.userId(username), unit);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    private static Map<String, BigDecimal> values(Random random, List<Criterion> criteria) {
        Map<String, BigDecimal> v = new HashMap<>();
        for (Criterion c : criteria) {
            v.put(
                    c.code(),
                    switch (c.type()) {
                        case DEDUCTION -> BigDecimal.valueOf(random.nextInt(3));
                        case YES_NO -> BigDecimal.valueOf(random.nextInt(10) < 8 ? 1 : 0);
                        default ->
                            c.maxPoints()
                                    .subtract(BigDecimal.valueOf(
                                            random.nextInt(c.maxPoints().intValue() / 2 + 1)));
                    });
        }
        return v;
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A minimal PDF accepted by the file service's content check. */
    static final class RollupBenchmarkFiles {
        static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
