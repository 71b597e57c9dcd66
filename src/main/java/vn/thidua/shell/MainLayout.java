package vn.thidua.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.thidua.identity.ActiveUnitService;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalAuthentication;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.identity.UnitChoice;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.ProvinceDirectory;
import vn.thidua.tenancy.ProvinceSettings;

/**
 * The shell every signed-in page lives in: province branding, the active unit and its breadcrumb, the unit
 * switcher (the switch decides the tenant), the language switch, the side navigation from {@code @Menu}
 * filtered by permission, and logout.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    /** Routes that only make sense for units with member units. */
    private static final List<String> OFFICE_ONLY = List.of("units");

    private final ActiveUnitService activeUnits;
    private final AuthenticationContext authentication;

    MainLayout(
            ActiveUnitService activeUnits,
            OrgUnitService orgUnits,
            ProvinceDirectory provinces,
            AuthenticationContext authentication) {
        this.activeUnits = activeUnits;
        this.authentication = authentication;
        PortalPrincipal me = CurrentUser.require();
        OrgUnitSummary active = orgUnits.get(me.activeUnitId());
        String brand = provinces
                .find(active.provinceCode())
                .map(ProvinceSettings::displayName)
                .orElse(getTranslation("app.name"));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Div crumbs = breadcrumb();
        HorizontalLayout header = new HorizontalLayout(toggle, crumbs);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setFlexGrow(1, crumbs);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        header.add(unitSwitcher(me), languageSwitch(me), userBox(me));
        addToNavbar(header);

        Span title = new Span(getTranslation("app.name"));
        title.getStyle()
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("display", "block")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-m) 0");
        Span brandLine = new Span(brand);
        brandLine
                .getStyle()
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-m)")
                .set("display", "block")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        addToDrawer(title, brandLine, navigation(active));
        setPrimarySection(Section.DRAWER);
    }

    private Div breadcrumb() {
        Div crumbs = new Div();
        crumbs.setId("active-unit-breadcrumb");
        crumbs.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        List<OrgUnitSummary> path = activeUnits.activeBreadcrumb();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                crumbs.add(new Span(" › "));
            }
            Span s = new Span(path.get(i).name());
            if (i == path.size() - 1) {
                s.setId("active-unit-name");
                s.getStyle().set("font-weight", "600").set("color", "var(--lumo-body-text-color)");
            }
            crumbs.add(s);
        }
        return crumbs;
    }

    private SideNav navigation(OrgUnitSummary active) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String route = entry.path().replaceFirst("^/", "");
            if (active.type() == OrgUnitType.SCHOOL && OFFICE_ONLY.contains(route)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private com.vaadin.flow.component.Component unitSwitcher(PortalPrincipal me) {
        List<UnitChoice> units = activeUnits.myUnits();
        Select<UnitChoice> select = new Select<>();
        select.setId("unit-switcher");
        select.setAriaLabel(getTranslation("shell.activeUnit"));
        select.setItems(units);
        select.setItemLabelGenerator(UnitChoice::unitName);
        units.stream().filter(u -> u.unitId() == me.activeUnitId()).findFirst().ifPresent(select::setValue);
        select.setWidth("16em");
        select.setVisible(units.size() > 1);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                store(activeUnits.switchTo(e.getValue().unitId()));
                UI.getCurrent().getPage().setLocation("/");
            }
        });
        return select;
    }

    private com.vaadin.flow.component.Component languageSwitch(PortalPrincipal me) {
        Select<String> language = new Select<>();
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("language.label"));
        language.setItems("vi", "en");
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        language.setValue("en".equals(me.locale()) ? "en" : "vi");
        language.setWidth("8em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                store(activeUnits.changeLocale(e.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }

    private com.vaadin.flow.component.Component userBox(PortalPrincipal me) {
        Span name = new Span(me.displayName());
        name.setId("current-user");
        name.getStyle().set("white-space", "nowrap");
        Button logout =
                new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(name, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        return box;
    }

    /** Puts the new authentication into the security context kept in the HTTP session. */
    private static void store(PortalAuthentication auth) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            request.getHttpServletRequest()
                    .getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
