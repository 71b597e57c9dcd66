package vn.thidua.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.catalogue.Subject;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Discipline;
import vn.thidua.eligibility.InitiativeLevel;
import vn.thidua.eligibility.Rating;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RuleSet;
import vn.thidua.eligibility.Verdict;

/**
 * Benchmark of the eligibility engine (not a test: it prints figures and never fails on timing): a province of
 * {@code bench.schools} schools × {@code bench.staff} staff with 10 school years of titles, ratings and initiatives
 * (deterministic by {@code bench.seed}), every person judged for LĐTT, CSTĐ cơ sở and CSTĐ cấp tỉnh and every school
 * for TTLĐTT and TTLĐXS under the current law, then the same people under the pre-2024 rules; p50/p95 of one school's
 * evaluation (its staff and itself), the whole province's time, and the live heap of the facts.
 *
 * <p>Run: {@code ./mvnw test -Pbench -Dtest=EligibilityBenchmark}.
 */
class EligibilityBenchmark {

    static final int SCHOOLS = Integer.getInteger("bench.schools", 3500);
    static final int STAFF = Integer.getInteger("bench.staff", 45);
    static final long SEED = Long.getLong("bench.seed", 2026);
    static final String YEAR = "2025-2026";
    static final List<String> PERSON_TITLES = List.of("LDTT", "CSTD_CO_SO", "CSTD_TINH");
    static final List<String> UNIT_TITLES = List.of("TTLDTT", "TTLDXS");

    @Test
    void judgeAProvince() throws Exception {
        RuleBook book = new RuleBook(shipped());
        long heapBefore = liveHeap();
        long t0 = System.nanoTime();
        List<List<Candidate>> staff = new ArrayList<>();
        List<Candidate> schools = new ArrayList<>();
        Random random = new Random(SEED);
        for (int s = 0; s < SCHOOLS; s++) {
            List<Candidate> people = new ArrayList<>();
            for (int p = 0; p < STAFF; p++) {
                people.add(person(random, s, p));
            }
            staff.add(people);
            schools.add(school(random, s, people));
        }
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        long heapAfter = liveHeap();

        LocalDate today = LocalDate.of(2026, 5, 25);
        int[] eligible = new int[PERSON_TITLES.size() + UNIT_TITLES.size()];
        // warm-up: the first 200 schools, twice
        for (int w = 0; w < 2; w++) {
            for (int s = 0; s < Math.min(200, SCHOOLS); s++) {
                judgeSchool(book, staff.get(s), schools.get(s), today, YEAR, new int[eligible.length]);
            }
        }
        double[] perSchool = new double[SCHOOLS];
        long start = System.nanoTime();
        for (int s = 0; s < SCHOOLS; s++) {
            long t = System.nanoTime();
            judgeSchool(book, staff.get(s), schools.get(s), today, YEAR, eligible);
            perSchool[s] = (System.nanoTime() - t) / 1e6;
        }
        double provinceMs = (System.nanoTime() - start) / 1e6;
        int evaluations = SCHOOLS * (STAFF * PERSON_TITLES.size() + UNIT_TITLES.size());

        int[] legacyEligible = new int[eligible.length];
        long legacyStart = System.nanoTime();
        for (int s = 0; s < SCHOOLS; s++) {
            judgeSchool(book, staff.get(s), schools.get(s), LocalDate.of(2023, 5, 25), "2022-2023", legacyEligible);
        }
        double legacyMs = (System.nanoTime() - legacyStart) / 1e6;

        System.out.printf(
                Locale.ROOT,
                "%n===== Eligibility benchmark: %d schools × %d staff, 10 school years, seed %d =====%n",
                SCHOOLS,
                STAFF,
                SEED);
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(
                Locale.ROOT,
                "facts generated: %,d people, %,d schools in %.1f s; live heap of the facts %.1f MB (%.0f bytes a"
                        + " person)%n",
                SCHOOLS * STAFF,
                SCHOOLS,
                generateSeconds,
                (heapAfter - heapBefore) / 1048576.0,
                (heapAfter - heapBefore) / (double) (SCHOOLS * (STAFF + 1)));
        System.out.printf(
                Locale.ROOT,
                "current law, the whole province: %,d evaluations in %.0f ms (%.2f µs each)%n",
                evaluations,
                provinceMs,
                provinceMs * 1000 / evaluations);
        System.out.printf(
                Locale.ROOT,
                "one school (%d staff × %d titles + %d unit titles): p50 %.3f ms, p95 %.3f ms, max %.3f ms%n",
                STAFF,
                PERSON_TITLES.size(),
                UNIT_TITLES.size(),
                pct(perSchool, 50),
                pct(perSchool, 95),
                pct(perSchool, 100));
        System.out.printf(Locale.ROOT, "pre-2024 rules, the whole province: %.0f ms%n", legacyMs);
        List<String> titles = new ArrayList<>(PERSON_TITLES);
        titles.addAll(UNIT_TITLES);
        for (int i = 0; i < titles.size(); i++) {
            System.out.printf(
                    Locale.ROOT,
                    "  eligible for %-10s current law %,7d, pre-2024 rules %,7d%n",
                    titles.get(i),
                    eligible[i],
                    legacyEligible[i]);
        }
        System.out.println("=".repeat(90));
    }

    private static void judgeSchool(
            RuleBook book, List<Candidate> people, Candidate school, LocalDate date, String year, int[] eligible) {
        for (Candidate c : people) {
            for (int i = 0; i < PERSON_TITLES.size(); i++) {
                Verdict v = book.evaluate(c, PERSON_TITLES.get(i), year, date, "SP", null);
                if (v.eligible()) {
                    eligible[i]++;
                }
            }
        }
        for (int i = 0; i < UNIT_TITLES.size(); i++) {
            if (book.evaluate(school, UNIT_TITLES.get(i), year, date, "SP", null)
                    .eligible()) {
                eligible[PERSON_TITLES.size() + i]++;
            }
        }
    }

    /** Ten school years up to 2025-2026: LĐTT for most, CSTĐ cơ sở for some of them, initiatives now and then. */
    private static Candidate person(Random random, int school, int index) {
        Map<String, Rating> ratings = new HashMap<>();
        Map<String, Set<String>> titles = new HashMap<>();
        Map<String, InitiativeLevel> initiatives = new HashMap<>();
        for (int y = 2016; y <= 2025; y++) {
            String year = y + "-" + (y + 1);
            double r = random.nextDouble();
            Rating rating = r < 0.2
                    ? Rating.HOAN_THANH_XUAT_SAC
                    : r < 0.9 ? Rating.HOAN_THANH_TOT : r < 0.98 ? Rating.HOAN_THANH : Rating.KHONG_HOAN_THANH;
            ratings.put(year, rating);
            if (random.nextDouble() < 0.3) {
                initiatives.put(year, random.nextDouble() < 0.9 ? InitiativeLevel.UNIT : InitiativeLevel.PROVINCE);
            }
            Set<String> held = new HashSet<>();
            if (y < 2025 && rating.compareTo(Rating.HOAN_THANH_TOT) >= 0) {
                held.add("LDTT");
                if (rating == Rating.HOAN_THANH_XUAT_SAC && initiatives.containsKey(year)) {
                    held.add("CSTD_CO_SO");
                }
            }
            if (!held.isEmpty()) {
                titles.put(year, held);
            }
        }
        return new Candidate(
                Subject.INDIVIDUAL,
                "GV " + school + "-" + index,
                ratings,
                titles,
                initiatives,
                random.nextDouble() < 0.01 ? Discipline.KHIEN_TRACH : Discipline.NONE,
                random.nextDouble() < 0.05 ? 6 : 12,
                Set.of(),
                index == 0,
                Set.of(),
                null);
    }

    private static Candidate school(Random random, int school, List<Candidate> people) {
        int ldtt = 0;
        int completed = 0;
        int cstd = 0;
        for (Candidate p : people) {
            Rating r = p.ratings().get(YEAR);
            if (r.compareTo(Rating.HOAN_THANH) >= 0) {
                completed++;
            }
            if (r.compareTo(Rating.HOAN_THANH_TOT) >= 0) {
                ldtt++;
            }
            if (r == Rating.HOAN_THANH_XUAT_SAC && p.initiatives().containsKey(YEAR)) {
                cstd++;
            }
        }
        Rating rating = random.nextDouble() < 0.3 ? Rating.HOAN_THANH_XUAT_SAC : Rating.HOAN_THANH_TOT;
        return new Candidate(
                Subject.COLLECTIVE,
                "Trường " + school,
                Map.of(YEAR, rating, "2022-2023", rating),
                Map.of(),
                Map.of(),
                Discipline.NONE,
                12,
                Set.of(),
                false,
                Set.of(),
                new Candidate.Members(
                        people.size(), completed, Map.of("LDTT", ldtt, "CSTD_CO_SO", cstd), Discipline.NONE));
    }

    private static List<RuleSet> shipped() {
        return vn.thidua.eligibility.EligibilityService.shippedRuleSets();
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
