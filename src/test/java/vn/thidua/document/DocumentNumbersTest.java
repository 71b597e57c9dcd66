package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void numbersBelowTenTakeALeadingZero() {
        assertThat(DocumentNumbers.format(7, "QĐ", "UBND")).isEqualTo("Số: 07/QĐ-UBND");
        assertThat(DocumentNumbers.format(12, "TTr", "VHXH")).isEqualTo("Số: 12/TTr-VHXH");
        assertThat(DocumentNumbers.format(125, "QĐ", "SGDĐT")).isEqualTo("Số: 125/QĐ-SGDĐT");
    }

    @Test
    void aDraftLeavesTheNumberBlank() {
        assertThat(DocumentNumbers.formatBlank("TTr", "VHXH")).isEqualTo("Số:      /TTr-VHXH");
    }

    @Test
    void rejectsNonPositiveNumbersAndAMissingType() {
        assertThatThrownBy(() -> DocumentNumbers.format(0, "QĐ", "UBND")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumbers.formatBlank(" ", "UBND")).isInstanceOf(IllegalArgumentException.class);
    }
}
