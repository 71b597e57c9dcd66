package vn.thidua.shared;

import java.util.Locale;

/** Small text helpers shared by services: search patterns and optional form values. */
public final class Text {

    /** Vietnamese collation order ("Đ" after "D", tones ignored first); thread-safe. */
    public static final java.util.Comparator<String> VIETNAMESE =
            java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::compare;

    private Text() {}

    /** A case-insensitive {@code LIKE} pattern for a search box, or null (no filter) for an empty box. */
    public static String likePattern(String search) {
        return search == null || search.isBlank() ? null : "%" + search.trim().toLowerCase(Locale.ROOT) + "%";
    }

    /** Trimmed value, or null for an empty field. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
