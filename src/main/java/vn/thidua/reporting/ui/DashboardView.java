package vn.thidua.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.identity.CurrentUser;
import vn.thidua.reporting.Dashboards;
import vn.thidua.reporting.Dashboards.ChartSpec;
import vn.thidua.reporting.Dashboards.Dashboard;
import vn.thidua.reporting.Dashboards.ReportTable;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * Statistics of the active unit's subtree from the read model: for the department and offices, awards by child unit
 * (click a row to drill down: province → office → school), by title / award form, by school type, over the years,
 * and submission timeliness; for a school, its awards. Each table has its chart and an XLSX export of the same
 * numbers. A unit outside the subtree, typed into the URL, is "not found".
 */
@Route("dashboard/:unitId?")
@Menu(title = "menu.dashboard", order = 5, icon = "CHART")
@RolesAllowed(Permission.REPORT_VIEW)
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private final OrgUnitService orgUnits;
    private Long unitId;

    DashboardView(Dashboards dashboards, OrgUnitService orgUnits, List<DashboardSection> sections) {
        this.dashboards = dashboards;
        this.orgUnits = orgUnits;
        this.sections = sections;
        setWidthFull();
    }

    private final List<DashboardSection> sections;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unitId = event.getRouteParameters()
                .get("unitId")
                .map(raw -> RouteIds.parse(java.util.Optional.of(raw)).orElseThrow(() -> new NotFoundException("unit")))
                .orElse(null);
        show(null);
    }

    /**
     * Builds the view of a school year. Nothing of the numbers is kept in the session once sent (tables and charts
     * are sent once; the export builds them again): a dashboard session costs little more than its layout.
     */
    private void show(String schoolYear) {
        Dashboard dashboard = dashboards.build(unitId, schoolYear, getLocale());
        removeAll();
        H2 title = new H2(getTranslation("report.title", dashboard.scope().unitName()));
        title.setId("dashboard-title");
        add(title, breadcrumb(dashboard));

        Select<String> year = new Select<>();
        year.setId("dashboard-year");
        year.setLabel(getTranslation("report.schoolYear"));
        List<String> years = new ArrayList<>(dashboard.schoolYears());
        if (!years.contains(dashboard.schoolYear())) {
            years.addFirst(dashboard.schoolYear());
        }
        year.setItems(years);
        year.setValue(dashboard.schoolYear());
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        Long shown = unitId;
        String shownYear = dashboard.schoolYear();
        java.util.Locale locale = getLocale();
        Anchor export = Notices.download(
                getTranslation("report.export"),
                "thong-ke-" + shownYear + ".xlsx",
                Notices.XLSX,
                () -> dashboards.xlsx(dashboards.build(shown, shownYear, locale), locale));
        export.setId("dashboard-export");
        HorizontalLayout bar = new HorizontalLayout(year, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar);

        boolean own = unitId == null || unitId == CurrentUser.require().activeUnitId();
        List<Component> actions = new ArrayList<>();
        if (own) {
            for (DashboardSection section : sections) {
                section.build(dashboard).ifPresent(actions::add);
            }
        }
        // a school acts first; an office and the department read their numbers first
        boolean school = dashboard.scope().type() == vn.thidua.tenancy.OrgUnitType.SCHOOL;
        if (school) {
            actions.forEach(this::add);
        }
        for (ReportTable table : dashboard.tables()) {
            add(table(table));
        }
        if (!school) {
            actions.forEach(this::add);
        }
    }

    private static Span separator() {
        Span separator = new Span("›");
        separator.getStyle().set("padding", "0 var(--lumo-space-s)");
        return separator;
    }

    /** Active unit › … › the unit shown, each a link back up. */
    private Component breadcrumb(Dashboard dashboard) {
        HorizontalLayout crumbs = new HorizontalLayout();
        crumbs.setId("dashboard-breadcrumb");
        crumbs.setSpacing(false);
        long active = CurrentUser.require().activeUnitId();
        OrgUnitSummary shown = orgUnits.get(dashboard.scope().unitId());
        List<OrgUnitSummary> chain = new ArrayList<>();
        for (OrgUnitSummary a : orgUnits.ancestors(shown.id())) {
            if (!chain.isEmpty() || a.id() == active) {
                chain.add(a);
            }
        }
        if (chain.isEmpty() && shown.id() != active) {
            return crumbs;
        }
        for (OrgUnitSummary a : chain) {
            crumbs.add(new Anchor(a.id() == active ? "dashboard" : "dashboard/" + a.id(), a.name()), separator());
        }
        if (!chain.isEmpty()) {
            crumbs.add(new Span(shown.name()));
        }
        return crumbs;
    }

    private Component table(ReportTable table) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("dashboard-" + table.id());
        box.add(new H3(table.title()));
        if (table.rows().isEmpty()) {
            Span none = new Span(getTranslation("report.empty"));
            none.setId("dashboard-" + table.id() + "-empty");
            box.add(none);
            return box;
        }
        Component chart = Charts.of(table.title(), table.chart());
        if (chart != null) {
            box.add(chart);
        }
        List<String> links = table.drill().stream()
                .map(unit -> unit == null ? null : "dashboard/" + unit)
                .toList();
        if (links.stream().anyMatch(java.util.Objects::nonNull)) {
            box.add(new Span(getTranslation("report.drillHelp")));
        }
        box.add(new SentTable("dashboard-" + table.id() + "-table", table.columns(), table.rows(), links));
        return box;
    }

    /** The chart of a table: the same rows, drawn by Chart.js. */
    static final class Charts {
        private Charts() {}

        static Component of(String title, ChartSpec spec) {
            if (spec == null || spec.labels().isEmpty()) {
                return null;
            }
            List<Chart.Series> series = spec.series().stream()
                    .map(s -> new Chart.Series(s.label(), s.values()))
                    .toList();
            Chart chart =
                    switch (spec.kind()) {
                        case BAR -> Chart.bar(title, spec.labels(), series);
                        case STACKED_BAR -> Chart.stackedBar(title, spec.labels(), series);
                        case LINE -> Chart.line(title, spec.labels(), series);
                        case DOUGHNUT ->
                            Chart.doughnut(
                                    title, spec.labels(), series.getFirst().values());
                    };
            chart.setWidthFull();
            return chart;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
