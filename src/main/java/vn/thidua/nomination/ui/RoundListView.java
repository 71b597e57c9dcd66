package vn.thidua.nomination.ui;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.nomination.NominationService;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.TenantContext;

/**
 * Collection rounds (đợt xét) visible to the active unit: opened by it or by a unit above it. Units below the
 * opener prepare and send their dossier; units with members follow what they receive on the board.
 */
@Route("rounds")
@Menu(title = "menu.rounds", order = 40, icon = "CALENDAR_CLOCK")
@RolesAllowed({Permission.SUBMISSION_PREPARE, Permission.SUBMISSION_REVIEW, Permission.ROUND_MANAGE})
class RoundListView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final NominationService nominations;
    private final CatalogueService catalogue;
    private final Grid<RoundSummary> grid = new Grid<>();
    private final boolean hasMembers;

    RoundListView(
            RoundService rounds, NominationService nominations, CatalogueService catalogue, OrgUnitService orgUnits) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.catalogue = catalogue;
        this.hasMembers = orgUnits.countVisibleChildren(TenantContext.requireActiveUnitId(), Dates.today()) > 0;
        setSizeFull();
        H2 title = new H2(getTranslation("round.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.BASELINE);
        if (Access.can(Permission.ROUND_MANAGE) && hasMembers) {
            Button open = new Button(
                    getTranslation("round.open"), e -> new RoundForm(rounds, catalogue, null, this::refresh).open());
            open.setId("round-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(open);
        }
        add(header, new Span(getTranslation("round.help")));
        grid.setId("round-grid");
        grid.addColumn(RoundSummary::name)
                .setHeader(getTranslation("round.field.name"))
                .setFlexGrow(3);
        grid.addColumn(RoundSummary::schoolYear).setHeader(getTranslation("round.field.schoolYear"));
        grid.addColumn(r -> Dates.format(r.deadline())).setHeader(getTranslation("round.field.deadline"));
        grid.addColumn(RoundSummary::ownerName)
                .setHeader(getTranslation("round.field.owner"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.closed() ? "round.status.closed" : "round.status.open"))
                .setHeader(getTranslation("round.field.status"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setFlexGrow(3);
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(RoundSummary r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!r.ownedByActiveUnit()
                && r.kind() == vn.thidua.submission.RoundKind.NOMINATION
                && Access.can(Permission.SUBMISSION_PREPARE)) {
            Button dossier = new Button(
                    getTranslation("round.myDossier"),
                    e -> Notices.attempt(() -> {
                        long id = nominations.openDossier(r.id());
                        getUI().ifPresent(ui -> ui.navigate("dossiers/" + id));
                    }));
            dossier.setEnabled(r.open() || nominations.dossierFor(r.id()).isPresent());
            dossier.setId("round-dossier-" + r.id());
            actions.add(dossier);
        }
        if (hasMembers && Access.can(Permission.SUBMISSION_REVIEW)) {
            Button board = new Button(getTranslation("round.board"), e -> getUI().ifPresent(
                            ui -> ui.navigate("rounds/" + r.id() + "/board")));
            board.setId("round-board-" + r.id());
            actions.add(board);
        }
        if (r.ownedByActiveUnit() && Access.can(Permission.ROUND_MANAGE)) {
            actions.add(new Button(
                    getTranslation("common.edit"), e -> new RoundForm(rounds, catalogue, r, this::refresh).open()));
            actions.add(new Button(
                    getTranslation(r.closed() ? "round.reopen" : "round.close"),
                    e -> Notices.attempt(() -> {
                        rounds.setClosed(r.id(), !r.closed());
                        refresh();
                    })));
        }
        actions.getChildren().filter(c -> c instanceof Button).forEach(c -> ((Button) c)
                .addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private String quotaText(RoundSummary r) {
        if (r.ownedByActiveUnit()) {
            return "";
        }
        Map<String, Integer> quotas = rounds.myQuotas(r.id());
        return quotas.entrySet().stream()
                .map(q ->
                        catalogue.find(q.getKey()).map(t -> t.name(getLocale())).orElse(q.getKey()) + ": "
                                + q.getValue())
                .collect(Collectors.joining("; "));
    }

    private void refresh() {
        List<RoundSummary> items = rounds.visible();
        grid.setItems(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round.title");
    }
}
