package vn.thidua.criteria;

import java.util.ArrayList;
import java.util.List;

/** Ready-made period lists of a school year ("2026-2027"). */
public final class Periods {

    private Periods() {}

    /** {@code count} months from {@code firstMonth} of the school year's first calendar year, weight 1 each. */
    public static List<Period> months(String schoolYear, int firstMonth, int count) {
        int year = Integer.parseInt(schoolYear.substring(0, 4));
        List<Period> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int m = (firstMonth - 1 + i) % 12 + 1;
            int y = year + (firstMonth - 1 + i) / 12;
            result.add(new Period("%d-%02d".formatted(y, m), "%d/%d".formatted(m, y), Period.PeriodKind.MONTH, 1));
        }
        return result;
    }

    /** Semester I and II with their weights, e.g. 1 and 2 for (HK I + 2 × HK II) / 3. */
    public static List<Period> semesters(int weightFirst, int weightSecond) {
        return List.of(
                new Period("HK1", "HK I", Period.PeriodKind.SEMESTER, weightFirst),
                new Period("HK2", "HK II", Period.PeriodKind.SEMESTER, weightSecond));
    }
}
