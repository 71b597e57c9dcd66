package vn.thidua.exemplar;

import java.time.LocalDate;

/** A phase of the unit's exemplar plan, e.g. "2026–2030": entries are dated from 1 January to 31 December. */
public record PhaseSummary(long id, String name, int startYear, int endYear) {

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endYear, 12, 31);
    }
}
