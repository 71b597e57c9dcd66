package vn.thidua.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects "field: from → to" lines for audit entries; unchanged fields are skipped. */
public final class Changes {

    private final List<String> lines = new ArrayList<>();

    public static Changes of() {
        return new Changes();
    }

    public Changes diff(String field, Object from, Object to) {
        if (!Objects.equals(normalise(from), normalise(to))) {
            lines.add(field + ": " + show(from) + " → " + show(to));
        }
        return this;
    }

    public Changes set(String field, Object value) {
        lines.add(field + ": " + show(value));
        return this;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", lines);
    }

    private static Object normalise(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static String show(Object value) {
        Object v = normalise(value);
        return v == null ? "∅" : v.toString();
    }
}
