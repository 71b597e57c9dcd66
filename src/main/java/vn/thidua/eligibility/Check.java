package vn.thidua.eligibility;

import java.util.List;

/**
 * One condition judged: met or not, and the message that explains it — a key of the messages
 * ({@code eligibility.<condition>.met|unmet}) and its arguments, already text (titles by their code, years as
 * "2024-2025"), so a verdict reads the same in every language that has the key.
 */
public record Check(boolean met, String messageKey, List<String> args) {

    static Check of(boolean met, String condition, Object... args) {
        return new Check(
                met,
                "eligibility." + condition + (met ? ".met" : ".unmet"),
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
