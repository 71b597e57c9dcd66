package vn.thidua.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.PlanSummary;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionSummary;

/**
 * "Việc cần làm" on the home page: versions waiting for the unit's review, dossiers returned or still drafts, and
 * open rounds the unit has not started a dossier for — each with its deadline and a link to act.
 */
class TodoPanel extends VerticalLayout {

    TodoPanel(
            PortalPrincipal me,
            RoundService rounds,
            NominationService nominations,
            SubmissionService submissions,
            PlanService plans) {
        setPadding(false);
        setId("home-todo");
        UnorderedList list = new UnorderedList();
        if (me.can(Permission.SUBMISSION_REVIEW)) {
            Map<Long, Integer> waiting = new LinkedHashMap<>();
            for (SubmissionSummary s : submissions.waiting()) {
                waiting.merge(s.roundId(), 1, Integer::sum);
            }
            waiting.forEach((roundId, n) -> {
                RoundSummary r = rounds.get(roundId);
                list.add(item(
                        getTranslation("home.todo.waiting", n, r.name(), Dates.format(r.deadline())),
                        "rounds/" + roundId + "/board"));
            });
        }
        if (me.can(Permission.SUBMISSION_PREPARE)) {
            List<DossierSummary> dossiers = nominations.dossiers();
            for (DossierSummary d : dossiers) {
                if (d.editable() && !Dates.today().isAfter(d.deadline())) {
                    list.add(item(
                            getTranslation(
                                    "home.todo.dossier",
                                    d.title(),
                                    getTranslation(
                                            "dossier.status." + d.status().name()),
                                    Dates.format(d.deadline())),
                            "dossiers/" + d.id()));
                }
            }
            for (RoundSummary r : rounds.visible()) {
                boolean started = dossiers.stream().anyMatch(d -> d.roundId() == r.id());
                if (r.open()
                        && !r.ownedByActiveUnit()
                        && !started
                        && !Dates.today().isAfter(r.deadline())) {
                    list.add(item(
                            getTranslation("home.todo.round", r.name(), r.ownerName(), Dates.format(r.deadline())),
                            r.kind() == vn.thidua.submission.RoundKind.EXEMPLAR_CONFERENCE
                                    ? "exemplars/conference"
                                    : "rounds"));
                }
            }
        }
        if (me.can(Permission.PLAN_MANAGE)) {
            for (PlanSummary p : plans.awaitingImplementation()) {
                list.add(item(
                        getTranslation("home.todo.plan", p.numberText(), p.unitName(), Dates.format(p.issueDate())),
                        "plans/" + p.id()));
            }
            for (PlanSummary p : plans.ownPlans()) {
                if (p.status() == PlanStatus.DRAFT) {
                    list.add(item(
                            getTranslation("home.todo.planDraft", p.subject() == null ? "—" : p.subject()),
                            "plans/" + p.id()));
                }
            }
        }
        if (list.getChildren().findAny().isPresent()) {
            add(new H3(getTranslation("home.todo")), list);
        }
    }

    private static ListItem item(String text, String link) {
        ListItem li = new ListItem(new Span(text + " "));
        li.add(new Anchor(link, "→"));
        return li;
    }
}
