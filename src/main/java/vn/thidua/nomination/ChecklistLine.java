package vn.thidua.nomination;

import java.util.List;

/** One line of the completeness checklist: an i18n key with arguments, and whether it is satisfied. */
public record ChecklistLine(String messageKey, List<String> args, boolean ok) {

    public ChecklistLine {
        args = List.copyOf(args);
    }
}
