package vn.thidua.exemplar;

import java.util.Locale;

/** The field of an advanced model; translated as {@code exemplar.field.<NAME>}. */
public enum ExemplarField {
    TEACHING_INNOVATION,
    MANAGEMENT,
    CHILD_CARE,
    COMMUNITY,
    OTHER;

    /** A best guess from a registration's free-text model description; the officer can correct it. */
    static ExemplarField guess(String text) {
        if (text == null) {
            return OTHER;
        }
        String t = text.toLowerCase(Locale.forLanguageTag("vi"));
        if (t.contains("quản lý")) {
            return MANAGEMENT;
        }
        if (t.contains("cộng đồng") || t.contains("phụ huynh")) {
            return COMMUNITY;
        }
        if (t.contains("đổi mới") || t.contains("dạy") || t.contains("giảng")) {
            return TEACHING_INNOVATION;
        }
        if (t.contains("chăm sóc") || t.contains("nuôi dưỡng") || t.contains("trẻ")) {
            return CHILD_CARE;
        }
        return OTHER;
    }
}
