package vn.thidua.nomination.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.thidua.nomination.ChecklistLine;

/** A completeness checklist: ✔ / ✘ per line, translated, for a dossier or a received version. */
class ChecklistList extends UnorderedList {

    ChecklistList(String id, List<ChecklistLine> lines) {
        setId(id);
        for (ChecklistLine line : lines) {
            Span mark = new Span(line.ok() ? "✔" : "✘");
            mark.getElement().getThemeList().add(line.ok() ? "badge success" : "badge error");
            ListItem li = new ListItem(
                    mark,
                    new Span(" " + getTranslation(line.messageKey(), line.args().toArray())));
            li.addClassName(line.ok() ? "check-ok" : "check-missing");
            add(li);
        }
    }
}
