package vn.thidua.shell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
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
import vn.thidua.notification.NotificationService;
import vn.thidua.notification.NotificationSummary;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.ProvinceDirectory;
import vn.thidua.tenancy.ProvinceSettings;

/**
 * The shell every signed-in page lives in: province branding, the active unit and its breadcrumb, the unit
 * switcher (the switch decides the tenant), the language switch, the side navigation from {@code @Menu}
 * filtered by permission, the notification bell (unread count refreshed on every navigation) and logout.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** How many notifications the bell lists. */
    static final int BELL_SIZE = 10;

    /** Routes that only make sense for units with member units. */
    private static final List<String> OFFICE_ONLY = List.of("units");

    private final ActiveUnitService activeUnits;
    private final AuthenticationContext authentication;
    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span unreadCount = new Span();
    private final Popover bellPopover = new Popover();
    private final VerticalLayout bellList = new VerticalLayout();

    MainLayout(
            ActiveUnitService activeUnits,
            OrgUnitService orgUnits,
            ProvinceDirectory provinces,
            AuthenticationContext authentication,
            NotificationService notifications) {
        this.activeUnits = activeUnits;
        this.authentication = authentication;
        this.notifications = notifications;
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
        header.add(unitSwitcher(me), languageSwitch(me), notificationBell(), userBox(me));
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

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnreadCount();
    }

    /** The bell: a button with the unread count; it opens the latest notifications. */
    private com.vaadin.flow.component.Component notificationBell() {
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unreadCount.setId("notification-count");
        unreadCount.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        unreadCount.getStyle().set("margin-inline-start", "calc(var(--lumo-space-xs) * -1)");
        bell.setSuffixComponent(unreadCount);

        Button markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            refreshUnreadCount();
            refreshBellList();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Span title = new Span(getTranslation("notification.title"));
        title.getStyle().set("font-weight", "600");
        HorizontalLayout top = new HorizontalLayout(title, markAll);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        bellList.setId("notification-list");
        bellList.setPadding(false);
        bellList.setSpacing(false);
        bellList.getStyle().set("max-height", "60vh").set("overflow-y", "auto");

        VerticalLayout content = new VerticalLayout(top, bellList);
        content.setPadding(false);
        content.setSpacing(false);
        bellPopover.setId("notification-popover");
        bellPopover.add(content);
        bellPopover.setWidth("26rem");
        bellPopover.setTarget(bell);
        bellPopover.setPosition(PopoverPosition.BOTTOM_END);
        bellPopover.setAriaLabel(getTranslation("notification.title"));
        bellPopover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refreshBellList();
            }
        });
        // the count is filled in by afterNavigation, which follows construction; the popover is a child of the
        // header (not auto-added next to the current view), so it survives navigation
        HorizontalLayout wrapper = new HorizontalLayout(bell, bellPopover);
        wrapper.setSpacing(false);
        wrapper.setPadding(false);
        return wrapper;
    }

    private void refreshUnreadCount() {
        long count = notifications.unreadCount();
        unreadCount.setText(count > 99 ? "99+" : String.valueOf(count));
        unreadCount.setVisible(count > 0);
        bell.setAriaLabel(getTranslation("notification.bell", count));
        bell.setTooltipText(getTranslation("notification.bell", count));
    }

    private void refreshBellList() {
        bellList.removeAll();
        List<NotificationSummary> latest = notifications.latest(BELL_SIZE);
        if (latest.isEmpty()) {
            Span empty = new Span(getTranslation("notification.empty"));
            empty.setId("notification-empty");
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("padding", "var(--lumo-space-s)");
            bellList.add(empty);
        }
        for (NotificationSummary n : latest) {
            bellList.add(bellItem(n));
        }
    }

    private Div bellItem(NotificationSummary n) {
        Span text = new Span(getTranslation(n.messageKey(), n.args().toArray()));
        text.getStyle().set("display", "block").set("font-weight", n.read() ? "normal" : "600");
        Span time = new Span(Dates.format(n.createdAt()));
        time.getStyle()
                .set("display", "block")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div item = new Div(text, time);
        item.setId("notification-" + n.id());
        item.addClassName(n.read() ? "notification-read" : "notification-unread");
        item.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        item.getStyle()
                .set("cursor", "pointer")
                .set("padding", "var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        item.addClickListener(e -> open(n));
        Shortcuts.addShortcutListener(item, () -> open(n), Key.ENTER).listenOn(item);
        return item;
    }

    /** Marks the notification read and goes to its link, in the unit it concerns when the user belongs to it. */
    private void open(NotificationSummary n) {
        notifications.markRead(n.id());
        bellPopover.close();
        refreshUnreadCount();
        PortalPrincipal me = CurrentUser.require();
        if (n.unitId() != me.activeUnitId() && activeUnits.myUnits().stream().anyMatch(u -> u.unitId() == n.unitId())) {
            store(activeUnits.switchTo(n.unitId()));
            UI.getCurrent().getPage().setLocation(n.link()); // relative to the app's base URL
            return;
        }
        UI.getCurrent().navigate(n.link());
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
