package vn.thidua.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionService;
import vn.thidua.award.DecisionSummary;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;

/** Award decisions (quyết định khen thưởng) of the active unit: drafts and issued ones. */
@Route("decisions")
@Menu(title = "menu.decisions", order = 50, icon = "DIPLOMA")
@RolesAllowed(Permission.DECISION_MANAGE)
class DecisionListView extends VerticalLayout implements HasDynamicTitle {

    DecisionListView(DecisionService decisions, RoundService rounds) {
        setSizeFull();
        Button create = new Button(getTranslation("decision.create"), e -> createDialog(decisions, rounds));
        create.setId("decision-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("decision.title")), create);
        head.setAlignItems(Alignment.BASELINE);
        add(head, new Span(getTranslation("decision.help")));
        Grid<DecisionSummary> grid = new Grid<>();
        grid.setId("decision-grid");
        grid.addColumn(d -> d.issued() ? d.numberText() : getTranslation("decision.draft"))
                .setHeader(getTranslation("decision.field.number"));
        grid.addColumn(d -> Dates.format(d.decisionDate())).setHeader(getTranslation("decision.field.date"));
        grid.addColumn(DecisionSummary::subject)
                .setHeader(getTranslation("decision.field.subject"))
                .setFlexGrow(3);
        grid.addColumn(DecisionSummary::schoolYear).setHeader(getTranslation("round.field.schoolYear"));
        grid.addColumn(DecisionSummary::itemCount).setHeader(getTranslation("decision.field.items"));
        grid.addColumn(d -> DecisionView.money(d.totalAmount())).setHeader(getTranslation("decision.field.total"));
        grid.addComponentColumn(d -> new Button(getTranslation("common.open"), e -> getUI().ifPresent(
                                ui -> ui.navigate("decisions/" + d.id()))))
                .setAutoWidth(true);
        grid.setItems(decisions.decisions());
        add(grid);
    }

    private void createDialog(DecisionService decisions, RoundService rounds) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("decision.create"));
        ComboBox<RoundSummary> round = new ComboBox<>(getTranslation("decision.field.round"));
        round.setId("decision-round");
        round.setWidth("36em");
        round.setItems(rounds.visible());
        round.setItemLabelGenerator(r -> r.name() + " — " + r.ownerName());
        round.setHelperText(getTranslation("decision.field.round.help"));
        round.setClearButtonVisible(true);
        dialog.add(round);
        Button ok = new Button(getTranslation("decision.create"), e -> {
            RoundSummary r = round.getValue();
            var me = CurrentUser.require();
            int year = Dates.today().getMonthValue() >= 8
                    ? Dates.today().getYear()
                    : Dates.today().getYear() - 1;
            Notices.attempt(() -> {
                long id = decisions.createDraft(
                        r == null ? null : r.id(),
                        new DecisionData(
                                r == null
                                        ? getTranslation("decision.defaultSubject")
                                        : "Về việc khen thưởng – " + r.name(),
                                r == null ? year + "-" + (year + 1) : r.schoolYear(),
                                Dates.today(),
                                me.activeUnitName().toUpperCase(getLocale()),
                                "",
                                "",
                                "",
                                getTranslation("decision.defaultBases"),
                                "",
                                0));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("decisions/" + id));
            });
        });
        ok.setId("decision-create-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decision.title");
    }
}
