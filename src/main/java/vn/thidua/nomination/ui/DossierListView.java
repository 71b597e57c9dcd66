package vn.thidua.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Permission;

/** The active unit's nomination dossiers (hồ sơ đề nghị), one per round, with their status. */
@Route("dossiers")
@Menu(title = "menu.dossiers", order = 41, icon = "FOLDER_OPEN")
@RolesAllowed(Permission.SUBMISSION_PREPARE)
class DossierListView extends VerticalLayout implements HasDynamicTitle {

    DossierListView(NominationService nominations) {
        setSizeFull();
        add(new H2(getTranslation("dossier.list.title")), new Span(getTranslation("dossier.list.help")));
        Grid<DossierSummary> grid = new Grid<>();
        grid.setId("dossier-grid");
        grid.addColumn(DossierSummary::title)
                .setHeader(getTranslation("dossier.field.title"))
                .setFlexGrow(3);
        grid.addColumn(DossierSummary::schoolYear).setHeader(getTranslation("round.field.schoolYear"));
        grid.addColumn(d -> Dates.format(d.deadline())).setHeader(getTranslation("round.field.deadline"));
        grid.addComponentColumn(d -> DossierView.statusBadge(this, d)).setHeader(getTranslation("board.status"));
        grid.addColumn(DossierSummary::nomineeCount).setHeader(getTranslation("dossier.nominees"));
        grid.addColumn(d -> d.latest() == null
                        ? ""
                        : getTranslation(
                                "dossier.sentVersion",
                                d.latest().versionNo(),
                                Dates.format(d.latest().sentAt())))
                .setHeader(getTranslation("board.sentAt"))
                .setFlexGrow(2);
        grid.addComponentColumn(d -> new Button(
                        getTranslation("common.open"), e -> getUI().ifPresent(ui -> ui.navigate("dossiers/" + d.id()))))
                .setAutoWidth(true);
        grid.setItems(nominations.dossiers());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.list.title");
    }
}
