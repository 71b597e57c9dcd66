package vn.thidua.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.eligibility.Discipline;
import vn.thidua.eligibility.InitiativeLevel;
import vn.thidua.eligibility.Rating;
import vn.thidua.eligibility.UnitEligibilityService;
import vn.thidua.eligibility.UnitEligibilityService.Board;
import vn.thidua.eligibility.UnitEligibilityService.Facts;
import vn.thidua.eligibility.UnitEligibilityService.Judged;
import vn.thidua.eligibility.UnitEligibilityService.PersonRow;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * Who in the unit qualifies for which title this school year, from what the portal records: the yearly score rated by
 * the scale in force, registrations, award history and the initiative, discipline and months of service the officer
 * records here; the unit's own collective titles and the quotas of the rules in force. Changing the date judges under
 * the rules in force on that day (legacy or current, a province's own where it has them).
 */
@Route("eligibility")
@Menu(title = "menu.eligibility", order = 38.5, icon = "SCALE")
@RolesAllowed(Permission.SUBMISSION_PREPARE)
class UnitBoardView extends VerticalLayout implements HasDynamicTitle {

    private final UnitEligibilityService service;
    private final Select<String> year = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Select<Rating> unitRating = new Select<>();
    private final Paragraph scale = new Paragraph();
    private final Grid<PersonRow> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final VerticalLayout unit = new VerticalLayout();
    private Board board;

    UnitBoardView(UnitEligibilityService service) {
        this.service = service;
        H2 heading = new H2(getTranslation("board.title"));
        heading.setId("board-title");

        String current = Dates.schoolYear(Dates.today());
        int start = Integer.parseInt(current.substring(0, 4));
        year.setId("board-year");
        year.setLabel(getTranslation("rules.self.year"));
        year.setItems(current, (start - 1) + "-" + start, (start - 2) + "-" + (start - 1));
        year.setValue(current);
        date.setId("board-date");
        date.setLabel(getTranslation("rules.date"));
        date.setValue(Dates.today());
        unitRating.setId("board-unit-rating");
        unitRating.setLabel(getTranslation("board.unitRating"));
        unitRating.setItems(Rating.values());
        unitRating.setEmptySelectionAllowed(true);
        unitRating.setEmptySelectionCaption(getTranslation("board.notRated"));
        unitRating.setItemLabelGenerator(
                r -> r == null ? getTranslation("board.notRated") : getTranslation("eligibility.value." + r.name()));
        year.addValueChangeListener(e -> refresh());
        date.addValueChangeListener(e -> refresh());
        unitRating.addValueChangeListener(e -> refresh());
        HorizontalLayout controls = new HorizontalLayout(year, date, unitRating);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        scale.setId("board-scale");

        grid.setId("board-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showDetail(e.getFirstSelectedItem().orElse(null)));
        detail.setId("board-detail");
        detail.setPadding(false);
        unit.setId("board-unit");
        unit.setPadding(false);

        add(heading, new Paragraph(getTranslation("board.intro")), controls, scale, grid, detail, unit);
        refresh();
    }

    private void refresh() {
        LocalDate on = date.getValue() == null ? Dates.today() : date.getValue();
        board = service.board(year.getValue(), unitRating.getValue(), on, getLocale());
        scale.setText(
                board.ratingScale() == null
                        ? getTranslation("board.scale.none")
                        : getTranslation("board.scale", board.ratingScale()));
        grid.removeAllColumns();
        grid.addColumn(PersonRow::name)
                .setHeader(getTranslation("board.col.name"))
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(this::score).setHeader(getTranslation("board.col.score")).setAutoWidth(true);
        grid.addColumn(r -> r.rating() == null
                        ? getTranslation("board.notRated")
                        : getTranslation("eligibility.value." + r.rating().name()))
                .setHeader(getTranslation("board.col.rating"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.registered().isEmpty() ? getTranslation("board.none") : String.join(", ", r.registered()))
                .setHeader(getTranslation("board.col.registered"))
                .setAutoWidth(true);
        if (!board.people().isEmpty()) {
            for (Judged j : board.people().getFirst().judged()) {
                grid.addColumn(r -> getTranslation(r.eligibleFor(j.title()) ? "board.yes" : "board.no"))
                        .setHeader(j.titleName())
                        .setAutoWidth(true)
                        .setKey(j.title());
            }
        }
        grid.setItems(board.people());
        showDetail(null);
        showUnit();
    }

    private String score(PersonRow r) {
        if (r.score() == null) {
            return getTranslation("board.noScore");
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(2);
        String text = getTranslation("board.score", f.format(r.score()), f.format(r.maxPoints()), r.band());
        return r.scoresConfirmed() ? text : text + " " + getTranslation("board.unconfirmed");
    }

    private void showDetail(PersonRow row) {
        detail.removeAll();
        if (row == null) {
            return;
        }
        detail.add(new H3(row.name()));
        for (Judged j : row.judged()) {
            Span verdict = new Span(
                    getTranslation(j.eligible() ? "rules.self.eligible" : "rules.self.notEligible", j.titleName()));
            verdict.setId("board-verdict-" + j.title());
            verdict.getStyle().set("font-weight", "600");
            UnorderedList list = new UnorderedList();
            j.explanations().forEach(x -> list.add(new ListItem(x)));
            detail.add(verdict, list);
        }
        detail.add(factsForm(row));
        detail.add(proposal(row));
    }

    /** Adds the person to an open dossier for a title they qualify for, with what is recorded. */
    private VerticalLayout proposal(PersonRow row) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("board-proposal");
        List<DossierSummary> open = service.openDossiers();
        if (open.isEmpty()) {
            box.add(new Span(getTranslation("board.noDossier")));
            return box;
        }
        Select<DossierSummary> dossier = new Select<>();
        dossier.setId("board-dossier");
        dossier.setLabel(getTranslation("board.dossier"));
        dossier.setItems(open);
        dossier.setItemLabelGenerator(d -> d.title() + " — " + d.roundName());
        dossier.setValue(open.getFirst());
        dossier.setWidth("32em");
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (Judged j : row.judged()) {
            if (!j.eligible()) {
                continue;
            }
            Button propose = new Button(getTranslation("board.propose", j.titleName()), e -> {
                if (Notices.attempt(() -> service.propose(
                        dossier.getValue().id(),
                        board.schoolYear(),
                        row.userId(),
                        j.title(),
                        unitRating.getValue(),
                        board.date()))) {
                    Notices.success("board.proposed", row.name(), j.titleName());
                }
            });
            propose.setId("board-propose-" + j.title());
            buttons.add(propose);
        }
        box.add(dossier, buttons);
        return box;
    }

    private HorizontalLayout factsForm(PersonRow row) {
        Facts f = row.facts();
        Select<InitiativeLevel> initiative = new Select<>();
        initiative.setId("board-initiative");
        initiative.setLabel(getTranslation("rules.self.initiative"));
        initiative.setItems(InitiativeLevel.values());
        initiative.setEmptySelectionAllowed(true);
        initiative.setEmptySelectionCaption(getTranslation("rules.self.noInitiative"));
        initiative.setItemLabelGenerator(l -> l == null
                ? getTranslation("rules.self.noInitiative")
                : getTranslation("eligibility.value." + l.name()));
        initiative.setValue(f.initiative());
        TextField initiativeTitle = new TextField(getTranslation("board.initiativeTitle"));
        initiativeTitle.setId("board-initiative-title");
        initiativeTitle.setValue(f.initiativeTitle() == null ? "" : f.initiativeTitle());
        initiativeTitle.setMaxLength(500);
        initiativeTitle.setWidth("24em");
        Select<Discipline> discipline = new Select<>();
        discipline.setId("board-discipline");
        discipline.setLabel(getTranslation("rules.self.discipline"));
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(d -> getTranslation("eligibility.value." + d.name()));
        discipline.setValue(f.discipline());
        IntegerField months = new IntegerField(getTranslation("rules.self.months"));
        months.setId("board-months");
        months.setMin(0);
        months.setMax(12);
        months.setStepButtonsVisible(true);
        months.setValue(f.monthsOfService());
        Button save = new Button(getTranslation("board.save"), e -> {
            Integer m = months.getValue();
            if (Notices.attempt(() -> service.record(
                    board.schoolYear(),
                    row.userId(),
                    new Facts(
                            initiative.getValue(),
                            initiativeTitle.getValue(),
                            discipline.getValue(),
                            m == null ? -1 : m)))) {
                Notices.success("common.saved");
                long id = row.userId();
                refresh();
                board.people().stream()
                        .filter(p -> p.userId() == id)
                        .findFirst()
                        .ifPresent(grid::select);
            }
        });
        save.setId("board-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(initiative, initiativeTitle, discipline, months, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void showUnit() {
        unit.removeAll();
        unit.add(new H3(getTranslation("board.unit", board.unitName())));
        for (Judged j : board.unit()) {
            Span verdict = new Span(
                    getTranslation(j.eligible() ? "rules.self.eligible" : "rules.self.notEligible", j.titleName()));
            verdict.setId("board-unit-" + j.title());
            verdict.getStyle().set("font-weight", "600");
            UnorderedList list = new UnorderedList();
            j.explanations().forEach(x -> list.add(new ListItem(x)));
            unit.add(verdict, list);
        }
        if (!board.quotas().isEmpty()) {
            UnorderedList quotas = new UnorderedList();
            quotas.setId("board-quotas");
            board.quotas().forEach(q -> quotas.add(new ListItem(q)));
            unit.add(new H3(getTranslation("board.quotas")), quotas);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.eligibility");
    }
}
