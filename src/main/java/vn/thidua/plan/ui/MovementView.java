package vn.thidua.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.thidua.plan.LineageNode;
import vn.thidua.plan.MovementDetails;
import vn.thidua.plan.MovementService;
import vn.thidua.plan.MovementStatus;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanTemplateService;
import vn.thidua.plan.PlanTemplateSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * One movement: what it is (targets, milestones), launching it, planning under it, its lineage — the tree of plans
 * from the department down to schools, as far as the viewer may read — and, for the viewer's own issued plans in it,
 * the board of member units that have or have not issued their implementing plan.
 */
@Route("movements/:movementId")
@RolesAllowed(Permission.PLAN_VIEW)
class MovementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MovementService movements;
    private final PlanService plans;
    private final PlanTemplateService templates;
    private MovementDetails details;

    MovementView(MovementService movements, PlanService plans, PlanTemplateService templates) {
        this.movements = movements;
        this.plans = plans;
        this.templates = templates;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("movementId"))
                .orElseThrow(() -> new NotFoundException("movement"));
        details = movements.get(id);
        build();
    }

    private void build() {
        removeAll();
        var s = details.summary();
        H2 title = new H2(s.name());
        title.setId("movement-title");
        Span status = new Span(getTranslation("movement.status." + s.status().name()));
        status.getElement()
                .getThemeList()
                .add(s.status() == MovementStatus.LAUNCHED ? "badge success" : "badge contrast");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head);
        add(new Span(getTranslation(
                "movement.meta", getTranslation("movement.kind." + s.kind().name()), s.period(), s.unitName())));
        if (details.description() != null) {
            add(new Paragraph(details.description()));
        }
        if (details.targets() != null) {
            add(new H4(getTranslation("movement.field.targets")));
            UnorderedList list = new UnorderedList();
            details.targets().lines().forEach(t -> list.add(new ListItem(t)));
            add(list);
        }
        if (!details.milestones().isEmpty()) {
            add(new H4(getTranslation("movement.milestones")));
            UnorderedList list = new UnorderedList();
            details.milestones()
                    .forEach(m ->
                            list.add(new ListItem(m.what() + (m.due() == null ? "" : " — " + Dates.format(m.due())))));
            add(list);
        }
        add(actions());
        add(new H4(getTranslation("movement.lineage")));
        add(new Span(getTranslation("movement.lineage.help")));
        List<LineageNode> roots = plans.lineage(s.id());
        add(lineage(roots));
        for (LineageNode own : ownIssued(roots)) {
            add(new MemberBoard(plans, own.plan()));
        }
    }

    private HorizontalLayout actions() {
        var s = details.summary();
        HorizontalLayout bar = new HorizontalLayout();
        if (!Access.can(Permission.PLAN_MANAGE)) {
            return bar;
        }
        if (s.own()) {
            Button edit = new Button(getTranslation("movement.edit"), e -> new MovementForm(movements, details, id -> {
                        details = movements.get(id);
                        build();
                    })
                    .open());
            edit.setId("movement-edit");
            bar.add(edit);
            if (s.status() == MovementStatus.DRAFT) {
                Button launch = new Button(getTranslation("movement.launch"), e -> {
                    if (Notices.attempt(() -> movements.launch(s.id(), details.version()))) {
                        Notices.success("movement.launched", s.name());
                        details = movements.get(s.id());
                        build();
                    }
                });
                launch.setId("movement-launch");
                launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(launch);
            }
        }
        Button plan = new Button(getTranslation("movement.createPlan"), e -> createPlanDialog());
        plan.setId("movement-create-plan");
        bar.add(plan);
        return bar;
    }

    private void createPlanDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("movement.createPlan"));
        ComboBox<PlanTemplateSummary> template = new ComboBox<>(getTranslation("plan.field.template"));
        template.setWidth("32em");
        template.setItems(templates.list());
        template.setItemLabelGenerator(PlanTemplateSummary::name);
        template.setClearButtonVisible(true);
        dialog.add(template);
        Button ok = new Button(getTranslation("plan.create"), e -> {
            long[] id = new long[1];
            if (Notices.attempt(() -> id[0] = plans.create(
                    template.getValue() == null ? null : template.getValue().key(),
                    details.summary().id()))) {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("plans/" + id[0]));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private Component lineage(List<LineageNode> roots) {
        if (roots.isEmpty()) {
            Span none = new Span(getTranslation("movement.lineage.empty"));
            none.setId("movement-lineage-empty");
            return none;
        }
        TreeGrid<LineageNode> tree = new TreeGrid<>();
        tree.setId("movement-lineage");
        tree.setAllRowsVisible(true);
        tree.addHierarchyColumn(n -> n.plan().unitName())
                .setHeader(getTranslation("plan.field.issuer"))
                .setWidth("26em")
                .setFlexGrow(0);
        tree.addColumn(n -> PlanLabels.number(this, n.plan())).setHeader(getTranslation("plan.field.number"));
        tree.addColumn(n -> n.plan().issueDate() == null
                        ? ""
                        : Dates.format(n.plan().issueDate()))
                .setHeader(getTranslation("plan.field.date"));
        tree.addColumn(n -> n.plan().subject() == null ? "" : n.plan().subject())
                .setHeader(getTranslation("plan.field.subject"))
                .setFlexGrow(3);
        tree.addColumn(n -> PlanLabels.status(this, n.plan())).setHeader(getTranslation("plan.field.status"));
        tree.addComponentColumn(n -> {
                    Button open = new Button(getTranslation("common.open"), e -> getUI().ifPresent(
                                    ui -> ui.navigate("plans/" + n.plan().id())));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return open;
                })
                .setAutoWidth(true);
        tree.setItems(roots, LineageNode::children);
        tree.expandRecursively(roots, Integer.MAX_VALUE);
        return tree;
    }

    private List<LineageNode> ownIssued(List<LineageNode> nodes) {
        long me = vn.thidua.identity.CurrentUser.require().activeUnitId();
        List<LineageNode> result = new java.util.ArrayList<>();
        for (LineageNode n : nodes) {
            if (n.plan().unitId() == me && n.plan().issued()) {
                result.add(n);
            }
            result.addAll(ownIssued(n.children()));
        }
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("movement.title");
    }
}
