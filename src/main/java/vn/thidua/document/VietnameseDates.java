package vn.thidua.document;

import java.time.LocalDate;
import java.util.Objects;

/** Dates written the way Vietnamese administrative documents write them (Decree 30/2020, Appendix I). */
public final class VietnameseDates {

    private VietnameseDates() {}

    /**
     * "Phan Đình Phùng, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February take a leading
     * zero, the other months do not ("ngày 15 tháng 5 năm 2026"). A blank place yields only the date part.
     */
    public static String placeAndDate(String place, LocalDate date) {
        Objects.requireNonNull(date, "date");
        int month = date.getMonthValue();
        String dateText = "ngày %02d tháng %s năm %d"
                .formatted(date.getDayOfMonth(), month <= 2 ? "0" + month : String.valueOf(month), date.getYear());
        return place == null || place.isBlank() ? dateText : place.strip() + ", " + dateText;
    }

    /** "05/02/2026". */
    public static String shortDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
