package vn.thidua.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.registration.RegistrationRoundSummary;
import vn.thidua.registration.RegistrationService;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Permission;

/** The unit's registration rounds (one per school year); the officer opens a new one and opens each to manage it. */
@Route("registration/rounds")
@Menu(title = "menu.registrationRounds", order = 35.5, icon = "CLIPBOARD_USER")
@RolesAllowed(Permission.REGISTRATION_MANAGE)
class RegistrationRoundsView extends VerticalLayout implements HasDynamicTitle {

    RegistrationRoundsView(RegistrationService registrations, CatalogueService catalogue) {
        H2 title = new H2(getTranslation("registration.rounds.title"));
        Button open = new Button(getTranslation("registration.round.open"), e -> new RegistrationRoundForm(
                        registrations, catalogue, null, id -> getUI().ifPresent(
                                        ui -> ui.navigate("registration/rounds/" + id)))
                .open());
        open.setId("registration-round-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, open);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new Span(getTranslation("registration.rounds.help")));
        Grid<RegistrationRoundSummary> grid = new Grid<>();
        grid.setId("registration-rounds");
        grid.addColumn(RegistrationRoundSummary::schoolYear).setHeader(getTranslation("registration.field.schoolYear"));
        grid.addColumn(RegistrationRoundSummary::name)
                .setHeader(getTranslation("registration.field.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> Dates.format(r.deadline())).setHeader(getTranslation("registration.field.deadline"));
        grid.addColumn(r -> getTranslation(status(r))).setHeader(getTranslation("registration.field.status"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("registration/rounds/" + e.getItem().id())));
        grid.setItems(registrations.rounds());
        add(grid);
    }

    static String status(RegistrationRoundSummary r) {
        return r.closed()
                ? "registration.status.closed"
                : r.acceptsStaffChanges() ? "registration.status.open" : "registration.status.deadlinePassed";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.rounds.title");
    }
}
