package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void daysBelowTenAndJanuaryFebruaryTakeALeadingZero() {
        assertThat(VietnameseDates.placeAndDate("Phan Đình Phùng", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Phan Đình Phùng, ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseDates.placeAndDate("Hà Nội", LocalDate.of(2026, 1, 31)))
                .isEqualTo("Hà Nội, ngày 31 tháng 01 năm 2026");
    }

    @Test
    void otherMonthsTakeNoLeadingZero() {
        assertThat(VietnameseDates.placeAndDate("Hà Nội", LocalDate.of(2016, 10, 20)))
                .isEqualTo("Hà Nội, ngày 20 tháng 10 năm 2016");
        assertThat(VietnameseDates.placeAndDate("Phan Đình Phùng", LocalDate.of(2026, 5, 15)))
                .isEqualTo("Phan Đình Phùng, ngày 15 tháng 5 năm 2026");
        assertThat(VietnameseDates.placeAndDate("Phan Đình Phùng", LocalDate.of(2026, 3, 1)))
                .isEqualTo("Phan Đình Phùng, ngày 01 tháng 3 năm 2026");
    }

    @Test
    void blankPlaceGivesTheDateAlone() {
        assertThat(VietnameseDates.placeAndDate(" ", LocalDate.of(2026, 6, 20))).isEqualTo("ngày 20 tháng 6 năm 2026");
    }

    @Test
    void shortDateIsDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseDates.shortDate(LocalDate.of(2026, 2, 5))).isEqualTo("05/02/2026");
        assertThat(VietnameseDates.shortDate(LocalDate.of(2026, 12, 20))).isEqualTo("20/12/2026");
    }
}
