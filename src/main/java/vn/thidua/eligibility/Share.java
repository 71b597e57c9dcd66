package vn.thidua.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An exact share written as in the rules: a fraction ("2/3") or a percentage ("90%"). {@link #reached} compares in
 * integers, so 20 of 30 reaches "2/3" while it would miss a rounded 67 %.
 */
public record Share(int numerator, int denominator, boolean percent) {

    public Share {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("A share is between 0 and 1: " + numerator + "/" + denominator);
        }
    }

    /** Parses "2/3", "1/2" or "90%". */
    @JsonCreator
    public static Share parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.endsWith("%")) {
                return new Share(Integer.parseInt(t.substring(0, t.length() - 1).strip()), 100, true);
            }
            int slash = t.indexOf('/');
            if (slash > 0) {
                return new Share(
                        Integer.parseInt(t.substring(0, slash).strip()),
                        Integer.parseInt(t.substring(slash + 1).strip()),
                        false);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("A share is written \"2/3\" or \"90%\", not \"" + text + "\"");
    }

    /** Whether {@code count} out of {@code total} reaches the share (never when total is 0). */
    public boolean reached(int count, int total) {
        return total > 0 && (long) count * denominator >= (long) total * numerator;
    }

    /** The smallest count out of {@code total} that reaches the share. */
    public int needed(int total) {
        return (int) Math.ceil((double) total * numerator / denominator - 1e-9);
    }

    @JsonValue
    @Override
    public String toString() {
        return percent ? numerator + "%" : numerator + "/" + denominator;
    }
}
