package vn.thidua.criteria.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetSummary;
import vn.thidua.criteria.SubjectType;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * Criteria sets for officers: the unit's own (drafts and versions) and those published by the units above; start a
 * blank set, or build the unit's own from an upper one (its criteria inherited, read-only); open one to edit.
 */
@Route("criteria")
@Menu(title = "menu.criteria", order = 36, icon = "LIST_OL")
@RolesAllowed(Permission.CRITERIA_MANAGE)
class CriteriaSetsView extends VerticalLayout implements HasDynamicTitle {

    private final CriteriaService criteria;
    final Grid<CriteriaSetSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField year = new TextField();
    final Select<SubjectType> subject = new Select<>();
    final Button create = new Button();
    final Button derive = new Button();

    CriteriaSetsView(CriteriaService criteria) {
        this.criteria = criteria;
        setWidthFull();
        H2 title = new H2(getTranslation("criteria.sets.title"));
        title.setId("criteria-sets-title");
        grid.setId("criteria-sets");
        grid.addColumn(CriteriaSetSummary::name)
                .setHeader(getTranslation("criteria.col.setName"))
                .setAutoWidth(true);
        grid.addColumn(CriteriaSetSummary::unitName)
                .setHeader(getTranslation("criteria.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(CriteriaSetSummary::schoolYear).setHeader(getTranslation("criteria.col.year"));
        grid.addColumn(s -> getTranslation("criteria.subject." + s.subject().name()))
                .setHeader(getTranslation("criteria.col.subject"));
        grid.addColumn(CriteriaSetSummary::versionNo).setHeader(getTranslation("criteria.col.version"));
        grid.addColumn(s -> getTranslation("criteria.setStatus." + s.status().name()))
                .setHeader(getTranslation("criteria.col.state"));
        grid.addColumn(s -> s.criteria().size()).setHeader(getTranslation("criteria.col.count"));
        grid.setAllRowsVisible(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        Button open = new Button(
                getTranslation("common.open"),
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::open));
        open.setId("criteria-sets-open");
        derive.setText(getTranslation("criteria.sets.derive"));
        derive.setId("criteria-sets-derive");
        derive.setEnabled(false);
        derive.addClickListener(
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::derive));
        grid.addSelectionListener(e ->
                derive.setEnabled(e.getFirstSelectedItem().map(s -> !s.own()).orElse(false)));

        name.setId("criteria-sets-name");
        name.setLabel(getTranslation("criteria.col.setName"));
        name.setWidth("28em");
        year.setId("criteria-sets-year");
        year.setLabel(getTranslation("criteria.col.year"));
        year.setValue(Dates.schoolYear(Dates.today()));
        subject.setId("criteria-sets-subject");
        subject.setLabel(getTranslation("criteria.col.subject"));
        subject.setItems(SubjectType.values());
        subject.setItemLabelGenerator(s -> getTranslation("criteria.subject." + s.name()));
        subject.setValue(SubjectType.TEACHER);
        create.setText(getTranslation("criteria.sets.create"));
        create.setId("criteria-sets-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, year, subject, create);
        form.setAlignItems(Alignment.BASELINE);
        add(title, new HorizontalLayout(open, derive), grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(criteria.visible());
    }

    private void open(CriteriaSetSummary s) {
        getUI().ifPresent(ui -> ui.navigate("criteria/" + s.id()));
    }

    void create() {
        try {
            open(criteria.create(name.getValue(), year.getValue().strip(), subject.getValue()));
        } catch (BusinessException e) {
            Notices.error(e);
        }
    }

    void derive(CriteriaSetSummary upper) {
        try {
            open(criteria.deriveFrom(upper.id()));
        } catch (BusinessException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("criteria.sets.title");
    }
}
