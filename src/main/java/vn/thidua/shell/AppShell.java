package vn.thidua.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** Application shell: Lumo theme and the portal's own few styles ({@code META-INF/resources/styles}). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/thidua.css")
@PWA(name = "Cổng Thi đua – Khen thưởng", shortName = "Thi đua")
public class AppShell implements AppShellConfigurator {}
