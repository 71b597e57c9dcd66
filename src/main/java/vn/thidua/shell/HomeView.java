package vn.thidua.shell;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.identity.UserAdminService;
import vn.thidua.nomination.NominationService;
import vn.thidua.plan.PlanService;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.UnitProfileDetails;
import vn.thidua.tenancy.UnitProfileService;

/**
 * Home page per kind of unit: a school sees its profile and members; an office its member units; a department
 * its tree (counts by type and the units directly under it).
 */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "HOME")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(
            OrgUnitService orgUnits,
            UnitProfileService profiles,
            UserAdminService users,
            RoundService rounds,
            NominationService nominations,
            SubmissionService submissions,
            PlanService plans) {
        PortalPrincipal me = CurrentUser.require();
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        H2 title = new H2(unit.name());
        title.setId("home-title");
        add(
                title,
                new Paragraph(getTranslation(
                        "home.welcome",
                        me.displayName(),
                        me.roles().stream()
                                .map(r -> getTranslation("role." + r.name()))
                                .collect(Collectors.joining(", ")))));
        UnitProfileDetails profile = profiles.get(unit.id());
        add(profileCard(profile));
        add(new TodoPanel(me, rounds, nominations, submissions, plans));
        if (unit.type() == OrgUnitType.SCHOOL) {
            schoolHome(unit, users, me);
        } else {
            officeHome(unit, orgUnits);
        }
    }

    private HorizontalLayout profileCard(UnitProfileDetails p) {
        HorizontalLayout card = new HorizontalLayout();
        card.add(
                fact("unit.field.code", p.unit().code()),
                fact("unit.field.type", typeLabel(p.unit())),
                fact("unit.field.address", p.address()),
                fact("unit.field.phone", p.phone()),
                fact("unit.field.head", p.headName()));
        card.add(new Anchor("profile", getTranslation("home.openProfile")));
        card.setWrap(true);
        return card;
    }

    private VerticalLayout fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout box = new VerticalLayout(label, new Span(value == null ? "—" : value));
        box.setSpacing(false);
        box.setPadding(false);
        box.setWidth("auto");
        return box;
    }

    private void schoolHome(OrgUnitSummary unit, UserAdminService users, PortalPrincipal me) {
        if (!me.can(Permission.USER_VIEW)) {
            return;
        }
        add(new H3(getTranslation("home.school.members", users.countMembers(unit.id(), null))));
        Grid<MemberSummary> grid = new Grid<>();
        grid.setId("home-members");
        grid.addColumn(MemberSummary::displayName).setHeader(getTranslation("user.field.name"));
        grid.addColumn(MemberSummary::position).setHeader(getTranslation("user.field.position"));
        grid.addColumn(m -> m.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.field.roles"));
        grid.setItems(q -> users.members(unit.id(), null, q.getOffset(), q.getLimit()).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("24em");
        add(grid, new Anchor("users", getTranslation("home.manageUsers")));
    }

    private void officeHome(OrgUnitSummary unit, OrgUnitService orgUnits) {
        LocalDate today = LocalDate.now();
        Map<OrgUnitType, Long> counts = orgUnits.countBelowByType(unit.id(), today);
        HorizontalLayout stats = new HorizontalLayout();
        stats.setId("home-counts");
        counts.forEach((type, n) -> stats.add(fact("unitType." + type.name(), String.valueOf(n))));
        add(
                new H3(getTranslation(
                        unit.type() == OrgUnitType.PROVINCE_DEPT ? "home.dept.tree" : "home.office.members")),
                stats);
        Grid<OrgUnitSummary> grid = new Grid<>();
        grid.setId("home-member-units");
        grid.addComponentColumn(u -> new Anchor("units/" + u.id() + "/profile", u.name()))
                .setHeader(getTranslation("unit.field.name"))
                .setFlexGrow(3);
        grid.addColumn(this::typeLabel).setHeader(getTranslation("unit.field.type"));
        grid.addColumn(u -> u.activeOn(today)
                        ? getTranslation("unit.status.active")
                        : getTranslation("unit.status.closed", Dates.format(u.validTo())))
                .setHeader(getTranslation("unit.field.status"));
        grid.setItems(q -> orgUnits.visibleChildren(unit.id(), null, q.getOffset(), q.getLimit()).stream());
        grid.setHeight("28em");
        add(grid, new Anchor("units", getTranslation("home.openTree")));
    }

    private String typeLabel(OrgUnitSummary u) {
        return u.schoolType() != null
                ? getTranslation("schoolType." + u.schoolType().name())
                : getTranslation("unitType." + u.type().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " – " + getTranslation("app.name");
    }
}
