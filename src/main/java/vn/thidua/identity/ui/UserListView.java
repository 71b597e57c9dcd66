package vn.thidua.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.UserAdminService;
import vn.thidua.shared.Access;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitService.OrgUnitFilter;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantContext;

/**
 * Users of a unit: the active unit, or ({@code units/:unitId/users}) a unit of its subtree. Administrators
 * add, edit, remove and reset passwords; the grid pages through the database.
 */
@Route("users")
@RouteAlias("units/:unitId/users")
@Menu(title = "menu.users", order = 30, icon = "USERS")
@RolesAllowed(Permission.USER_VIEW)
class UserListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAdminService users;
    private final OrgUnitService orgUnits;
    private final Grid<MemberSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final ComboBox<OrgUnitSummary> unitPicker = new ComboBox<>();
    private final H2 title = new H2();
    private final Anchor importLink = new Anchor();
    private OrgUnitSummary unit;

    UserListView(UserAdminService users, OrgUnitService orgUnits) {
        this.users = users;
        this.orgUnits = orgUnits;
        setSizeFull();

        unitPicker.setId("user-unit-picker");
        unitPicker.setLabel(getTranslation("users.unit"));
        unitPicker.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unitPicker.setItems(query -> orgUnits
                .searchVisible(
                        new OrgUnitFilter(query.getFilter().orElse(null), null, null, null),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        unitPicker.setWidth("28em");
        unitPicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("units/" + e.getValue().id() + "/users"));
            }
        });

        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("users.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.setId("user-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Access.can(Permission.USER_MANAGE));
        importLink.setText(getTranslation("users.import"));
        importLink.setVisible(Access.can(Permission.STAFF_IMPORT));

        HorizontalLayout toolbar = new HorizontalLayout(unitPicker, filter, add, importLink);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setId("user-grid");
        grid.addColumn(MemberSummary::displayName)
                .setHeader(getTranslation("user.field.name"))
                .setFlexGrow(3);
        grid.addColumn(MemberSummary::username)
                .setHeader(getTranslation("user.field.username"))
                .setFlexGrow(2);
        grid.addColumn(MemberSummary::position)
                .setHeader(getTranslation("user.field.position"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.field.roles"))
                .setFlexGrow(3);
        grid.addColumn(MemberSummary::email)
                .setHeader(getTranslation("user.field.email"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.locked() ? getTranslation("users.locked") : "")
                .setHeader(getTranslation("user.field.status"));
        grid.addItemClickListener(e -> {
            if (Access.can(Permission.USER_MANAGE)) {
                openForm(e.getItem());
            }
        });
        grid.setItems(q -> users.members(unit.id(), filter.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) users.countMembers(unit.id(), filter.getValue()));

        add(title, toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId =
                RouteIds.parse(event.getRouteParameters().get("unitId")).orElse(TenantContext.requireActiveUnitId());
        unit = orgUnits.findVisible(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        title.setText(getTranslation("users.title", unit.name()));
        unitPicker.setValue(unit);
        unitPicker.setVisible(orgUnits.countVisibleChildren(TenantContext.requireActiveUnitId(), null) > 0);
        importLink.setHref("units/" + unit.id() + "/users/import");
        grid.getDataProvider().refreshAll();
    }

    private void openForm(MemberSummary member) {
        new UserForm(users, unit, member, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
