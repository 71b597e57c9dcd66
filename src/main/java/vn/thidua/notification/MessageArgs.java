package vn.thidua.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Message arguments stored as a JSON array of strings (any text is safe in it: names, titles, reasons). */
@Component
class MessageArgs {

    /** Longest argument kept; a reason may be 2000 characters. */
    static final int MAX_ARG = 900;
    /** Size of the {@code message_args} column. */
    static final int MAX_STORED = 4000;

    private final JsonMapper json;

    MessageArgs(JsonMapper json) {
        this.json = json;
    }

    String write(List<String> args) {
        List<String> kept =
                new ArrayList<>(args.stream().map(a -> shorten(a, MAX_ARG)).toList());
        String stored = json.writeValueAsString(kept);
        while (stored.length() > MAX_STORED) {
            // escaping made it too long: halve the longest argument until it fits
            int longest = 0;
            for (int i = 1; i < kept.size(); i++) {
                if (kept.get(i).length() > kept.get(longest).length()) {
                    longest = i;
                }
            }
            kept.set(longest, shorten(kept.get(longest), kept.get(longest).length() / 2));
            stored = json.writeValueAsString(kept);
        }
        return stored;
    }

    List<String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.asList(json.readValue(stored, String[].class));
    }

    static String shorten(String arg, int max) {
        if (arg == null) {
            return "";
        }
        return arg.length() <= max ? arg : arg.substring(0, Math.max(0, max - 1)) + "…";
    }
}
