package vn.thidua.tenancy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.Stream;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Permission;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitService.OrgUnitFilter;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.TenantContext;

/**
 * The org tree below the active unit: browse lazily level by level, or search by name/code with filters by
 * type, level and "active today". Rows link to the unit's profile and users.
 */
@Route("units")
@Menu(title = "menu.units", order = 10, icon = "SITEMAP")
@RolesAllowed(Permission.ORG_TREE_VIEW)
class OrgTreeView extends VerticalLayout implements HasDynamicTitle {

    private final OrgUnitService orgUnits;
    private final TreeGrid<OrgUnitSummary> tree = new TreeGrid<>();
    private final Grid<OrgUnitSummary> results = new Grid<>();
    private final TextField search = new TextField();
    private final Select<OrgUnitType> type = new Select<>();
    private final Select<Integer> level = new Select<>();
    private final Select<String> status = new Select<>();

    OrgTreeView(OrgUnitService orgUnits) {
        this.orgUnits = orgUnits;
        setSizeFull();
        add(new H2(getTranslation("tree.title")));

        search.setId("tree-search");
        search.setPlaceholder(getTranslation("tree.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        type.setLabel(getTranslation("unit.field.type"));
        type.setItems(OrgUnitType.values());
        type.setEmptySelectionAllowed(true);
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("common.all") : getTranslation("unitType." + t.name()));
        level.setLabel(getTranslation("tree.level"));
        level.setItems(0, 1, 2, 3);
        level.setEmptySelectionAllowed(true);
        level.setItemLabelGenerator(
                l -> l == null ? getTranslation("common.all") : getTranslation("tree.levelN", l + 1));
        status.setLabel(getTranslation("unit.field.status"));
        status.setItems("active", "all");
        status.setValue("active");
        status.setItemLabelGenerator(s -> getTranslation("tree.status." + s));
        HorizontalLayout filters = new HorizontalLayout(search, type, level, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        configure(tree);
        tree.setId("org-tree");
        tree.setDataProvider(new ChildrenProvider());
        long root = TenantContext.requireActiveUnitId();
        orgUnits.findVisible(root).ifPresent(tree::expand);
        configure(results);
        results.setId("org-search-results");
        results.addColumn(u -> String.join(" › ", orgUnits.ancestorNames(u))).setHeader(getTranslation("tree.path"));
        results.setVisible(false);
        add(tree, results);
        setFlexGrow(1, tree, results);

        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
    }

    private void configure(Grid<OrgUnitSummary> grid) {
        if (grid instanceof TreeGrid<OrgUnitSummary> t) {
            t.addHierarchyColumn(OrgUnitSummary::name)
                    .setHeader(getTranslation("unit.field.name"))
                    .setFlexGrow(4);
        } else {
            grid.addColumn(OrgUnitSummary::name)
                    .setHeader(getTranslation("unit.field.name"))
                    .setFlexGrow(4);
        }
        grid.addColumn(OrgUnitSummary::code)
                .setHeader(getTranslation("unit.field.code"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.schoolType() != null
                        ? getTranslation("schoolType." + u.schoolType().name())
                        : getTranslation("unitType." + u.type().name()))
                .setHeader(getTranslation("unit.field.type"))
                .setFlexGrow(2);
        grid.addColumn(this::statusLabel)
                .setHeader(getTranslation("unit.field.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(u -> {
                    HorizontalLayout links = new HorizontalLayout(
                            new Anchor("units/" + u.id() + "/profile", getTranslation("tree.openProfile")));
                    if (Access.can(Permission.USER_VIEW)) {
                        links.add(new Anchor("units/" + u.id() + "/users", getTranslation("tree.openUsers")));
                    }
                    return links;
                })
                .setFlexGrow(2);
    }

    private String statusLabel(OrgUnitSummary u) {
        if (u.activeOn(LocalDate.now())) {
            return getTranslation("unit.status.active");
        }
        return u.validFrom().isAfter(LocalDate.now())
                ? getTranslation("unit.status.future", Dates.format(u.validFrom()))
                : getTranslation("unit.status.closed", Dates.format(u.validTo()));
    }

    private void refresh() {
        boolean filtering = !search.isEmpty() || type.getValue() != null || level.getValue() != null;
        tree.setVisible(!filtering);
        results.setVisible(filtering);
        if (filtering) {
            OrgUnitFilter filter = filter();
            results.setItems(q -> orgUnits.searchVisible(filter, q.getOffset(), q.getLimit()).stream());
        } else {
            tree.getDataProvider().refreshAll();
        }
    }

    private OrgUnitFilter filter() {
        return new OrgUnitFilter(search.getValue(), type.getValue(), level.getValue(), activeOn());
    }

    private LocalDate activeOn() {
        return "active".equals(status.getValue()) ? LocalDate.now() : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tree.title");
    }

    /** Lazy children: the root level is the active unit; each level is paged from the database. */
    private final class ChildrenProvider extends AbstractBackEndHierarchicalDataProvider<OrgUnitSummary, Void> {

        @Override
        public int getChildCount(HierarchicalQuery<OrgUnitSummary, Void> query) {
            if (query.getParent() == null) {
                return 1;
            }
            return (int) orgUnits.countVisibleChildren(query.getParent().id(), activeOn());
        }

        @Override
        public boolean hasChildren(OrgUnitSummary item) {
            return orgUnits.countVisibleChildren(item.id(), activeOn()) > 0;
        }

        @Override
        protected Stream<OrgUnitSummary> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnitSummary, Void> query) {
            if (query.getParent() == null) {
                return orgUnits.findVisible(TenantContext.requireActiveUnitId()).stream();
            }
            return orgUnits
                    .visibleChildren(query.getParent().id(), activeOn(), query.getOffset(), query.getLimit())
                    .stream();
        }

        @Override
        public Object getId(OrgUnitSummary item) {
            return item.id();
        }
    }
}
