package vn.thidua.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.thidua.audit.AuditEntrySummary;
import vn.thidua.audit.AuditService;
import vn.thidua.shared.Permission;

/** The audit log of the active unit and every unit below it, newest first, paged from the database. */
@Route("audit")
@Menu(title = "menu.audit", order = 90, icon = "CLIPBOARD_TEXT")
@RolesAllowed(Permission.AUDIT_VIEW)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    AuditLogView(AuditService audit) {
        setSizeFull();
        TextField filter = new TextField();
        filter.setId("audit-filter");
        filter.setPlaceholder(getTranslation("audit.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        Grid<AuditEntrySummary> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(a -> TIME.format(a.occurredAt()))
                .setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntrySummary::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntrySummary::unitName)
                .setHeader(getTranslation("audit.unit"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("audit.entity." + a.entityType()) + " " + a.entityId())
                .setHeader(getTranslation("audit.entity"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("audit.action." + a.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(a -> describe(a.changes()))
                .setHeader(getTranslation("audit.changes"))
                .setFlexGrow(4);
        grid.setItems(q -> audit.entries(filter.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) audit.count(filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("audit.title")), filter, grid);
        setFlexGrow(1, grid);
    }

    /** "field: from → to; …" with the field names in the user's language (unknown fields stay as stored). */
    private String describe(String changes) {
        if (changes == null || changes.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : changes.split("; ")) {
            int colon = part.indexOf(": ");
            String field = colon < 0 ? null : part.substring(0, colon);
            String key = "audit.field." + field;
            String label = field == null ? null : getTranslation(key);
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(label == null || label.startsWith("!") ? part : label + part.substring(colon));
        }
        return out.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
