package vn.thidua.eligibility;

/** "2025-2026" arithmetic. */
final class SchoolYears {
    private SchoolYears() {}

    static String previous(String schoolYear) {
        int start = start(schoolYear);
        return (start - 1) + "-" + start;
    }

    static int start(String schoolYear) {
        if (schoolYear == null || !schoolYear.matches("\\d{4}-\\d{4}")) {
            throw new IllegalArgumentException("Not a school year: " + schoolYear);
        }
        return Integer.parseInt(schoolYear.substring(0, 4));
    }
}
