package vn.thidua.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.thidua.plan.MemberPlanStatus;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanSummary;
import vn.thidua.shared.Dates;

/** The member units of the active unit with their issued implementing plan of one of its plans, or none yet. */
class MemberBoard extends VerticalLayout {

    MemberBoard(PlanService plans, PlanSummary plan) {
        setPadding(false);
        List<MemberPlanStatus> board = plans.memberBoard(plan.id());
        setVisible(!board.isEmpty()); // a school has no member units
        long done = board.stream().filter(m -> m.implementingPlan() != null).count();
        add(new H4(getTranslation("plan.board.title", plan.numberText(), done, board.size())));
        Grid<MemberPlanStatus> grid = new Grid<>();
        grid.setId("plan-board-" + plan.id());
        grid.setAllRowsVisible(true);
        grid.addColumn(MemberPlanStatus::unitName)
                .setHeader(getTranslation("plan.board.unit"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.implementingPlan() == null
                        ? getTranslation("plan.board.missing")
                        : getTranslation(
                                "plan.board.issued",
                                m.implementingPlan().numberText(),
                                Dates.format(m.implementingPlan().issueDate())))
                .setHeader(getTranslation("plan.field.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(m -> {
                    if (m.implementingPlan() == null) {
                        return new Span();
                    }
                    Button open = new Button(getTranslation("common.open"), e -> getUI().ifPresent(ui ->
                            ui.navigate("plans/" + m.implementingPlan().id())));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return open;
                })
                .setAutoWidth(true);
        grid.setItems(board);
        add(grid);
    }
}
