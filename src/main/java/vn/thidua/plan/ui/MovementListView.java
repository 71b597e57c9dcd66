package vn.thidua.plan.ui;

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
import vn.thidua.plan.MovementService;
import vn.thidua.plan.MovementSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.Permission;

/** Emulation movements: the unit's own (drafts included) and those launched by the units above it. */
@Route("movements")
@Menu(title = "menu.movements", order = 32, icon = "FLAG")
@RolesAllowed(Permission.PLAN_VIEW)
class MovementListView extends VerticalLayout implements HasDynamicTitle {

    MovementListView(MovementService movements) {
        setSizeFull();
        Button create = new Button(getTranslation("movement.create"), e -> new MovementForm(
                        movements, null, id -> getUI().ifPresent(ui -> ui.navigate("movements/" + id)))
                .open());
        create.setId("movement-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(Access.can(Permission.PLAN_MANAGE));
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("movement.title")), create);
        head.setAlignItems(Alignment.BASELINE);
        add(head, new Span(getTranslation("movement.help")));
        Grid<MovementSummary> grid = new Grid<>();
        grid.setId("movement-grid");
        grid.addColumn(MovementSummary::name)
                .setHeader(getTranslation("movement.field.name"))
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation("movement.kind." + m.kind().name()))
                .setHeader(getTranslation("movement.field.kind"));
        grid.addColumn(MovementSummary::period).setHeader(getTranslation("movement.field.period"));
        grid.addColumn(MovementSummary::unitName)
                .setHeader(getTranslation("movement.field.unit"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("movement.status." + m.status().name()))
                .setHeader(getTranslation("plan.field.status"));
        grid.addComponentColumn(m -> {
                    Button open = new Button(getTranslation("common.open"), e -> getUI().ifPresent(
                                    ui -> ui.navigate("movements/" + m.id())));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return open;
                })
                .setAutoWidth(true);
        grid.setItems(movements.list());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("movement.title");
    }
}
