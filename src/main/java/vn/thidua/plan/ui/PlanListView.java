package vn.thidua.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.numbering.NumberingService;
import vn.thidua.plan.MovementService;
import vn.thidua.plan.MovementSummary;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanSummary;
import vn.thidua.plan.PlanTemplateService;
import vn.thidua.plan.PlanTemplateSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * Plans (kế hoạch) of the active unit, the issued plans of the units above it ("Văn bản cấp trên") with "Tạo kế
 * hoạch thực hiện", and the plan templates.
 */
@Route("plans")
@Menu(title = "menu.plans", order = 33, icon = "FILE_TEXT_O")
@RolesAllowed(Permission.PLAN_VIEW)
class PlanListView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plans;
    private final PlanTemplateService templates;
    private final MovementService movements;
    private final Grid<PlanTemplateSummary> templateGrid = new Grid<>();

    PlanListView(
            PlanService plans, PlanTemplateService templates, MovementService movements, NumberingService numbering) {
        this.plans = plans;
        this.templates = templates;
        this.movements = movements;
        setSizeFull();
        boolean manage = Access.can(Permission.PLAN_MANAGE);
        Button create = new Button(getTranslation("plan.create"), e -> createDialog(null));
        create.setId("plan-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(manage);
        Button register =
                new Button(getTranslation("numbering.title"), e -> new NumberRegisterDialog(numbering).open());
        register.setId("plan-number-register");
        register.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        register.setVisible(manage);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("plan.title")), create, register);
        head.setAlignItems(Alignment.BASELINE);
        add(head, new Span(getTranslation("plan.help")));

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("plan.tab.own"), ownGrid());
        tabs.add(getTranslation("plan.tab.upper"), upperGrid(manage));
        tabs.add(getTranslation("plan.tab.templates"), templateTab(manage));
        add(tabs);
    }

    private Grid<PlanSummary> ownGrid() {
        Grid<PlanSummary> grid = new Grid<>();
        grid.setId("plan-own-grid");
        grid.addColumn(p -> PlanLabels.number(this, p)).setHeader(getTranslation("plan.field.number"));
        grid.addColumn(p -> p.issueDate() == null ? "" : Dates.format(p.issueDate()))
                .setHeader(getTranslation("plan.field.date"));
        grid.addColumn(p -> p.subject() == null ? "" : p.subject())
                .setHeader(getTranslation("plan.field.subject"))
                .setFlexGrow(3);
        grid.addColumn(p -> PlanLabels.status(this, p)).setHeader(getTranslation("plan.field.status"));
        grid.addComponentColumn(p -> open(p)).setAutoWidth(true);
        grid.setItems(plans.ownPlans());
        return grid;
    }

    private Grid<PlanSummary> upperGrid(boolean manage) {
        Grid<PlanSummary> grid = new Grid<>();
        grid.setId("plan-upper-grid");
        grid.addColumn(PlanSummary::unitName)
                .setHeader(getTranslation("plan.field.issuer"))
                .setFlexGrow(2);
        grid.addColumn(p -> PlanLabels.number(this, p)).setHeader(getTranslation("plan.field.number"));
        grid.addColumn(p -> Dates.format(p.issueDate())).setHeader(getTranslation("plan.field.date"));
        grid.addColumn(p -> p.subject() == null ? "" : p.subject())
                .setHeader(getTranslation("plan.field.subject"))
                .setFlexGrow(3);
        grid.addComponentColumn(p -> {
                    HorizontalLayout actions = new HorizontalLayout(open(p));
                    if (manage) {
                        Button derive = new Button(getTranslation("plan.derive"), e -> {
                            long[] id = new long[1];
                            if (Notices.attempt(() -> id[0] = plans.deriveFrom(p.id()))) {
                                getUI().ifPresent(ui -> ui.navigate("plans/" + id[0]));
                            }
                        });
                        derive.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                        actions.add(derive);
                    }
                    return actions;
                })
                .setAutoWidth(true);
        grid.setItems(plans.upperPlans());
        return grid;
    }

    private VerticalLayout templateTab(boolean manage) {
        templateGrid.setId("plan-template-grid");
        templateGrid
                .addColumn(PlanTemplateSummary::name)
                .setHeader(getTranslation("plan.template.name"))
                .setFlexGrow(2);
        templateGrid
                .addColumn(t -> getTranslation(t.shipped() ? "plan.template.shipped" : "plan.template.unit"))
                .setHeader(getTranslation("plan.template.kind"));
        templateGrid
                .addComponentColumn(t -> {
                    HorizontalLayout actions = new HorizontalLayout();
                    if (manage) {
                        Button use = new Button(getTranslation("plan.template.use"), e -> createDialog(t));
                        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        actions.add(use);
                        if (!t.shipped()) {
                            Button rename = new Button(getTranslation("plan.template.rename"), e -> renameDialog(t));
                            rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            Button delete = new Button(getTranslation("common.delete"), e -> {
                                if (Notices.attempt(() -> templates.delete(t.id()))) {
                                    refreshTemplates();
                                }
                            });
                            delete.addThemeVariants(
                                    ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                            actions.add(rename, delete);
                        }
                    }
                    return actions;
                })
                .setAutoWidth(true);
        refreshTemplates();
        VerticalLayout tab = new VerticalLayout(new Span(getTranslation("plan.template.help")), templateGrid);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    private void refreshTemplates() {
        templateGrid.setItems(templates.list());
    }

    private Button open(PlanSummary p) {
        Button open =
                new Button(getTranslation("common.open"), e -> getUI().ifPresent(ui -> ui.navigate("plans/" + p.id())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    private void createDialog(PlanTemplateSummary preselected) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.create"));
        ComboBox<PlanTemplateSummary> template = new ComboBox<>(getTranslation("plan.field.template"));
        template.setId("plan-create-template");
        template.setWidth("32em");
        template.setItems(templates.list());
        template.setItemLabelGenerator(PlanTemplateSummary::name);
        template.setClearButtonVisible(true);
        template.setHelperText(getTranslation("plan.field.template.help"));
        if (preselected != null) {
            template.setValue(preselected);
        }
        ComboBox<MovementSummary> movement = new ComboBox<>(getTranslation("plan.field.movement"));
        movement.setId("plan-create-movement");
        movement.setWidth("32em");
        movement.setItems(movements.list().stream()
                .filter(m -> m.own() || m.status() == vn.thidua.plan.MovementStatus.LAUNCHED)
                .toList());
        movement.setItemLabelGenerator(m -> m.name() + " (" + m.period() + ") — " + m.unitName());
        movement.setClearButtonVisible(true);
        dialog.add(new VerticalLayout(template, movement));
        Button ok = new Button(getTranslation("plan.create"), e -> {
            long[] id = new long[1];
            if (Notices.attempt(() -> id[0] = plans.create(
                    template.getValue() == null ? null : template.getValue().key(),
                    movement.getValue() == null ? null : movement.getValue().id()))) {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("plans/" + id[0]));
            }
        });
        ok.setId("plan-create-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void renameDialog(PlanTemplateSummary t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.template.rename"));
        TextField name = new TextField(getTranslation("plan.template.name"));
        name.setWidth("28em");
        name.setValue(t.name());
        dialog.add(name);
        Button ok = new Button(getTranslation("common.save"), e -> {
            if (Notices.attempt(() -> templates.rename(t.id(), name.getValue()))) {
                dialog.close();
                refreshTemplates();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }
}
