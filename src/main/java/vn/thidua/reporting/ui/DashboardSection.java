package vn.thidua.reporting.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.thidua.reporting.Dashboards.Dashboard;

/** A part of the active unit's own dashboard that links to where the unit acts (not shown when drilling down). */
interface DashboardSection {

    /** The section for this dashboard, or empty when it does not apply to the unit. */
    Optional<Component> build(Dashboard dashboard);
}
