package vn.thidua.registration;

import java.util.Set;

/** A collective registration by the unit: the collective's name (the unit itself or a tổ chuyên môn), its titles. */
public record CollectiveData(String name, Set<String> titleCodes, String formCode, String commitment) {

    public CollectiveData {
        titleCodes = titleCodes == null ? Set.of() : Set.copyOf(titleCodes);
    }
}
