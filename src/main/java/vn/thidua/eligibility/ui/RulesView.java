package vn.thidua.eligibility.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.EligibilityService.TitleRules;
import vn.thidua.eligibility.RuleSet;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * The criteria of the emulation titles in force on a date for the active unit — the current law by default, the
 * legacy rules for an earlier date, a province's own rules where it has them — each condition in words, with the
 * rule set's legal basis and period. Rules of law are public: every signed-in user may read them.
 */
@Route("rules")
@Menu(title = "menu.rules", order = 34, icon = "BOOK")
@PermitAll
class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final EligibilityService eligibility;
    private final OrgUnitSummary unit;
    private final VerticalLayout titles = new VerticalLayout();

    RulesView(EligibilityService eligibility, OrgUnitService orgUnits) {
        this.eligibility = eligibility;
        this.unit = orgUnits.get(CurrentUser.require().activeUnitId());
        H2 heading = new H2(getTranslation("rules.title"));
        heading.setId("rules-title");
        DatePicker date = new DatePicker(getTranslation("rules.date"), Dates.today());
        date.setId("rules-date");
        date.addValueChangeListener(e -> show(e.getValue() == null ? Dates.today() : e.getValue()));
        titles.setPadding(false);
        titles.setId("rules-titles");
        add(heading, new Paragraph(getTranslation("rules.intro", unit.name())), date, titles);
        show(Dates.today());
    }

    private void show(LocalDate date) {
        titles.removeAll();
        var rules = eligibility.rulesInForce(date, unit.provinceCode(), unit.code(), getLocale());
        if (rules.isEmpty()) {
            titles.add(new Span(getTranslation("rules.none")));
        }
        for (TitleRules t : rules) {
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            box.setSpacing(false);
            box.setId("rules-" + t.title());
            RuleSet set = t.ruleSet();
            Span source = new Span(getTranslation("rules.set", set.name(), set.legalBasis()) + ". "
                    + (set.effectiveTo() == null
                            ? getTranslation("rules.period.open", Dates.format(set.effectiveFrom()))
                            : getTranslation(
                                    "rules.period.closed",
                                    Dates.format(set.effectiveFrom()),
                                    Dates.format(set.effectiveTo()))));
            source.getStyle().set("color", "var(--lumo-secondary-text-color)");
            UnorderedList conditions = new UnorderedList();
            t.conditions().forEach(c -> conditions.add(new ListItem(c)));
            if (t.quota() != null) {
                conditions.add(new ListItem(t.quota()));
            }
            box.add(new H3(t.titleName()), source, conditions);
            titles.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.rules");
    }
}
