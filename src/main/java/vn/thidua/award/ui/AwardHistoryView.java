package vn.thidua.award.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionService;
import vn.thidua.shared.Access;
import vn.thidua.shared.Permission;

/**
 * Award history: the logged-in person's own awards wherever they were decided, and — for those who may see it —
 * the awards of the unit's subtree and of its current members (a teacher who moved keeps her history).
 */
@Route("awards")
@Menu(title = "menu.awards", order = 60, icon = "TROPHY")
@PermitAll
class AwardHistoryView extends VerticalLayout implements HasDynamicTitle {

    AwardHistoryView(DecisionService decisions) {
        setSizeFull();
        add(new H2(getTranslation("award.title")), new H3(getTranslation("award.mine")));
        Grid<AwardRecordSummary> mine = grid("award-mine");
        mine.setItems(decisions.myAwards());
        mine.setAllRowsVisible(true);
        add(mine);
        if (Access.can(Permission.AWARD_VIEW)) {
            add(new H3(getTranslation("award.unit")));
            TextField filter = new TextField();
            filter.setPlaceholder(getTranslation("award.filter"));
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            Grid<AwardRecordSummary> unit = grid("award-unit");
            unit.setItems(q -> decisions.history(filter.getValue(), q.getOffset(), q.getLimit()).stream());
            filter.addValueChangeListener(e -> unit.getDataProvider().refreshAll());
            add(filter, unit);
        }
    }

    private Grid<AwardRecordSummary> grid(String id) {
        Grid<AwardRecordSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(AwardRecordSummary::schoolYear).setHeader(getTranslation("round.field.schoolYear"));
        grid.addColumn(AwardRecordSummary::fullName)
                .setHeader(getTranslation("list.name"))
                .setFlexGrow(2);
        grid.addColumn(AwardRecordSummary::awardName)
                .setHeader(getTranslation("list.award"))
                .setFlexGrow(2);
        grid.addColumn(AwardRecordSummary::holderUnitName)
                .setHeader(getTranslation("list.workUnit"))
                .setFlexGrow(2);
        grid.addColumn(AwardRecordSummary::decisionLabel)
                .setHeader(getTranslation("list.decision"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.amount() == 0 ? "" : DecisionView.money(r.amount()))
                .setHeader(getTranslation("decision.field.amount"));
        grid.addColumn(r -> r.revoked()
                        ? getTranslation("award.revokedWith", r.revokeReason(), r.revokeBasis())
                        : getTranslation("award.valid"))
                .setHeader(getTranslation("board.status"))
                .setFlexGrow(2);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("award.title");
    }
}
