package vn.thidua.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.thidua.plan.MemberPlanStatus;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.PlanSummary;
import vn.thidua.reporting.Dashboards.Dashboard;
import vn.thidua.reporting.MemberSubmission;
import vn.thidua.reporting.ReportingService;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Text;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitType;

/**
 * For an office (and the department): what its member units sent this year, round by round, with lateness; for each
 * of its open rounds, who has not sent yet (from the round's board) and the quota used against what it allotted;
 * which members have not issued their implementing plan.
 */
@SpringComponent
@UIScope
class OfficeSection implements DashboardSection {

    private final ReportingService reporting;
    private final RoundService rounds;
    private final PlanService plans;
    private final SubmissionService submissions;

    OfficeSection(ReportingService reporting, RoundService rounds, PlanService plans, SubmissionService submissions) {
        this.reporting = reporting;
        this.rounds = rounds;
        this.plans = plans;
        this.submissions = submissions;
    }

    /** Names listed in a sentence before "… and n more" (the round's board lists them all). */
    static final int LISTED = 20;

    static String names(UI ui, List<String> names) {
        if (names.size() <= LISTED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LISTED)) + " "
                + ui.getTranslation("report.andMore", String.valueOf(names.size() - LISTED));
    }

    @Override
    public Optional<Component> build(Dashboard d) {
        if (d.scope().type() == OrgUnitType.SCHOOL) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("dashboard-office");
        Map<Long, RoundSummary> roundsById =
                rounds.visible().stream().collect(Collectors.toMap(RoundSummary::id, r -> r, (a, b) -> a));

        box.add(new H3(ui.getTranslation("report.received", d.schoolYear())));
        List<MemberSubmission> received = reporting.receivedByActiveUnit(d.schoolYear()); // in Vietnamese order
        if (received.isEmpty()) {
            box.add(new Span(ui.getTranslation("report.empty")));
        } else {
            List<List<String>> rows = received.stream()
                    .map(m -> List.of(
                            m.senderName(),
                            Optional.ofNullable(roundsById.get(m.roundId()))
                                    .map(RoundSummary::name)
                                    .orElse("#" + m.roundId()),
                            ui.getTranslation("report.status." + m.status()) + " (" + m.versionNo() + ")",
                            Dates.format(m.firstSentOn())
                                    + (m.late() ? " — " + ui.getTranslation("report.col.late") : ""),
                            String.valueOf(m.items())))
                    .toList();
            box.add(new SentTable(
                    "dashboard-received-table",
                    List.of(
                            ui.getTranslation("report.col.unit"),
                            ui.getTranslation("report.col.round"),
                            ui.getTranslation("report.col.status"),
                            ui.getTranslation("report.col.firstSent"),
                            ui.getTranslation("report.col.items")),
                    rows,
                    List.of()));
        }

        for (RoundSummary r : roundsById.values()) {
            if (!r.ownedByActiveUnit() || !r.open()) {
                continue;
            }
            List<BoardRow> board = submissions.board(r.id());
            List<String> notSent = board.stream()
                    .filter(b -> b.status() == BoardRow.Status.NOT_SENT)
                    .map(b -> b.member().name())
                    .sorted(Text.VIETNAMESE)
                    .toList();
            Span progress = new Span(ui.getTranslation(
                    Dates.today().isAfter(r.deadline()) ? "report.round.overdue" : "report.round.progress",
                    r.name(),
                    Dates.format(r.deadline()),
                    board.size() - notSent.size(),
                    board.size(),
                    notSent.isEmpty() ? "—" : names(ui, notSent)));
            progress.addClassName("dashboard-round");
            box.add(progress, new Anchor("rounds/" + r.id() + "/board", ui.getTranslation("report.open")));
            Map<Long, Map<String, Integer>> allotted = rounds.allotted(r.id());
            if (allotted.isEmpty()) {
                continue;
            }
            Map<Long, Map<String, Integer>> used = reporting.nomineesReceived(r.id());
            long total = allotted.values().stream()
                    .flatMap(m -> m.values().stream())
                    .mapToLong(i -> i)
                    .sum();
            long usedTotal = 0;
            for (var member : allotted.entrySet()) {
                Map<String, Integer> sent = used.getOrDefault(member.getKey(), Map.of());
                for (var quota : member.getValue().entrySet()) {
                    usedTotal += Math.min(quota.getValue(), sent.getOrDefault(quota.getKey(), 0));
                }
            }
            Span quota = new Span(ui.getTranslation("report.quota", r.name(), usedTotal, total));
            quota.addClassName("dashboard-quota");
            box.add(quota);
        }

        plans.ownPlans().stream()
                .filter(p -> p.status() == PlanStatus.ISSUED)
                .max(Comparator.comparing(PlanSummary::issueDate))
                .ifPresent(latest -> {
                    List<MemberPlanStatus> board = plans.memberBoard(latest.id());
                    List<String> missing = board.stream()
                            .filter(m -> m.implementingPlan() == null)
                            .map(MemberPlanStatus::unitName)
                            .toList();
                    box.add(new H3(ui.getTranslation(
                            "report.plans", latest.numberText(), board.size() - missing.size(), board.size())));
                    Span who = new Span(
                            missing.isEmpty()
                                    ? ui.getTranslation("report.plans.all")
                                    : ui.getTranslation("report.plans.missing", names(ui, missing)));
                    who.setId("dashboard-plans-missing");
                    box.add(who, new Anchor("plans/" + latest.id(), ui.getTranslation("report.open")));
                });
        return Optional.of(box);
    }
}
