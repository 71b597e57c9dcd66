package vn.thidua.nomination.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.thidua.nomination.DisclosureService;
import vn.thidua.nomination.DisclosureSummary;
import vn.thidua.shared.Permission;

/** Lists published for comments (công khai) by the active unit and the units above it; anyone there may comment. */
@Route("disclosures")
@Menu(title = "menu.disclosures", order = 45, icon = "MEGAPHONE")
@RolesAllowed(Permission.UNIT_VIEW)
class DisclosureListView extends VerticalLayout implements HasDynamicTitle {

    private final DisclosureService disclosures;

    DisclosureListView(DisclosureService disclosures) {
        this.disclosures = disclosures;
        build();
    }

    private void build() {
        removeAll();
        add(new H2(getTranslation("disclosure.title")), new Span(getTranslation("disclosure.help")));
        List<DisclosureSummary> list = disclosures.visible();
        if (list.isEmpty()) {
            add(new Span(getTranslation("disclosure.none")));
        }
        list.forEach(d -> add(new DisclosurePanel(disclosures, d, this::build)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("disclosure.title");
    }
}
