package vn.thidua.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Optional;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanSummary;
import vn.thidua.reporting.Dashboards.Dashboard;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.tenancy.OrgUnitType;

/**
 * For a school: the open rounds of the units above with their deadlines, its dossiers and their status, the upper
 * plans it has not implemented yet — each with a link to act.
 */
@SpringComponent
@UIScope
class SchoolSection implements DashboardSection {

    private final RoundService rounds;
    private final NominationService nominations;
    private final PlanService plans;

    SchoolSection(RoundService rounds, NominationService nominations, PlanService plans) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.plans = plans;
    }

    @Override
    public Optional<Component> build(Dashboard d) {
        if (d.scope().type() != OrgUnitType.SCHOOL) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("dashboard-school");
        UnorderedList open = new UnorderedList();
        for (RoundSummary r : rounds.visible()) {
            if (r.open() && !r.ownedByActiveUnit() && !Dates.today().isAfter(r.deadline())) {
                open.add(item(
                        ui.getTranslation("report.school.round", r.name(), r.ownerName(), Dates.format(r.deadline())),
                        "rounds"));
            }
        }
        box.add(new H3(ui.getTranslation("report.school.rounds")), listOrNone(ui, open));
        if (Access.can(Permission.SUBMISSION_PREPARE)) {
            UnorderedList dossiers = new UnorderedList();
            for (DossierSummary s : nominations.dossiers()) {
                dossiers.add(item(
                        ui.getTranslation(
                                "report.school.dossier",
                                s.title(),
                                ui.getTranslation("dossier.status." + s.status().name()),
                                s.nomineeCount()),
                        "dossiers/" + s.id()));
            }
            box.add(new H3(ui.getTranslation("report.school.dossiers")), listOrNone(ui, dossiers));
        }
        UnorderedList upper = new UnorderedList();
        for (PlanSummary p : plans.awaitingImplementation()) {
            upper.add(item(
                    ui.getTranslation("home.todo.plan", p.numberText(), p.unitName(), Dates.format(p.issueDate())),
                    "plans/" + p.id()));
        }
        box.add(new H3(ui.getTranslation("report.school.plans")), listOrNone(ui, upper));
        return Optional.of(box);
    }

    private static Component listOrNone(UI ui, UnorderedList list) {
        return list.getChildren().findAny().isPresent() ? list : new Span(ui.getTranslation("report.none"));
    }

    private static ListItem item(String text, String link) {
        ListItem li = new ListItem(new Span(text + " "));
        li.add(new Anchor(link, "→"));
        return li;
    }
}
