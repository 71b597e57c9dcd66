package vn.thidua.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese offices write them: dd/MM/yyyy. */
public final class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
