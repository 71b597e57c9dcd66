package vn.thidua.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.eligibility.Discipline;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.EligibilityService.SelfFacts;
import vn.thidua.eligibility.EligibilityService.TitleRules;
import vn.thidua.eligibility.EligibilityService.TitleVerdict;
import vn.thidua.eligibility.InitiativeLevel;
import vn.thidua.eligibility.Rating;
import vn.thidua.eligibility.RuleSet;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * The criteria of the emulation titles in force on a date for the active unit — the current law by default, the
 * legacy rules for an earlier date, a province's own rules where it has them — each condition in words, with the
 * rule set's legal basis and period; above them, a person's own check of the individual titles (their award history
 * with the year's facts they state, nothing saved). Rules of law are public: every signed-in user may read them.
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
        add(heading, selfCheck(), new H3(getTranslation("rules.criteria")));
        add(new Paragraph(getTranslation("rules.intro", unit.name())), date, titles);
        show(Dates.today());
    }

    /** The person's own check: their titles from the award history, the year's facts they state, the verdicts. */
    private VerticalLayout selfCheck() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("rules-self");
        Map<String, Set<String>> history = eligibility.titlesByYear();
        Span held = new Span(
                history.isEmpty()
                        ? getTranslation("rules.self.noHistory")
                        : getTranslation(
                                "rules.self.history",
                                history.entrySet().stream()
                                        .map(e -> e.getKey() + ": "
                                                + e.getValue().stream()
                                                        .map(code -> eligibility.titleName(code, getLocale()))
                                                        .collect(Collectors.joining(", ")))
                                        .collect(Collectors.joining("; "))));
        held.setId("rules-self-history");

        String current = Dates.schoolYear(Dates.today());
        Select<String> year = new Select<>();
        year.setId("rules-self-year");
        year.setLabel(getTranslation("rules.self.year"));
        int start = Integer.parseInt(current.substring(0, 4));
        year.setItems(current, (start - 1) + "-" + start, (start - 2) + "-" + (start - 1));
        year.setValue(current);
        Select<Rating> rating = new Select<>();
        rating.setId("rules-self-rating");
        rating.setLabel(getTranslation("rules.self.rating"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation("eligibility.value." + r.name()));
        Select<InitiativeLevel> initiative = new Select<>();
        initiative.setId("rules-self-initiative");
        initiative.setLabel(getTranslation("rules.self.initiative"));
        initiative.setItems(InitiativeLevel.values());
        initiative.setEmptySelectionAllowed(true);
        initiative.setEmptySelectionCaption(getTranslation("rules.self.noInitiative"));
        initiative.setItemLabelGenerator(l -> l == null
                ? getTranslation("rules.self.noInitiative")
                : getTranslation("eligibility.value." + l.name()));
        Select<Discipline> discipline = new Select<>();
        discipline.setId("rules-self-discipline");
        discipline.setLabel(getTranslation("rules.self.discipline"));
        discipline.setItems(Discipline.values());
        discipline.setValue(Discipline.NONE);
        discipline.setItemLabelGenerator(d -> getTranslation("eligibility.value." + d.name()));
        IntegerField months = new IntegerField(getTranslation("rules.self.months"));
        months.setId("rules-self-months");
        months.setMin(0);
        months.setMax(12);
        months.setValue(12);
        months.setStepButtonsVisible(true);
        months.setErrorMessage(getTranslation("rules.self.monthsRange"));

        VerticalLayout results = new VerticalLayout();
        results.setPadding(false);
        results.setSpacing(false);
        results.setId("rules-self-results");
        Button check = new Button(getTranslation("rules.self.check"), e -> {
            rating.setInvalid(rating.getValue() == null);
            rating.setErrorMessage(getTranslation("rules.self.ratingRequired"));
            Integer m = months.getValue();
            months.setInvalid(m == null || m < 0 || m > 12);
            if (rating.isInvalid() || months.isInvalid()) {
                return;
            }
            results.removeAll();
            for (TitleVerdict v : eligibility.selfCheck(
                    new SelfFacts(year.getValue(), rating.getValue(), initiative.getValue(), discipline.getValue(), m),
                    Dates.today(),
                    unit.provinceCode(),
                    unit.code(),
                    getLocale())) {
                Span verdict = new Span(
                        getTranslation(v.eligible() ? "rules.self.eligible" : "rules.self.notEligible", v.titleName()));
                verdict.getStyle().set("font-weight", "600");
                verdict.getStyle()
                        .set("color", v.eligible() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
                verdict.setId("rules-self-" + v.title());
                UnorderedList why = new UnorderedList();
                v.explanations().forEach(x -> why.add(new ListItem(x)));
                results.add(verdict, why);
            }
        });
        check.setId("rules-self-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(year, rating, initiative, discipline, months, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        box.add(new H3(getTranslation("rules.self.title")), new Paragraph(getTranslation("rules.self.intro")), held);
        box.add(form, results);
        return box;
    }

    private void show(LocalDate date) {
        titles.removeAll();
        var rules = eligibility.rulesInForce(date, unit.provinceCode(), unit.code(), getLocale());
        if (rules.isEmpty()) {
            titles.add(new Span(getTranslation("rules.none")));
        } else {
            var quorum = eligibility.councilQuorum(date, unit.provinceCode(), unit.code());
            Paragraph council =
                    new Paragraph(getTranslation("rules.quorum", quorum.share().toString(), quorum.ruleSetName()));
            council.setId("rules-quorum");
            titles.add(council);
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
            if (t.ballot() != null) {
                conditions.add(new ListItem(getTranslation("rules.ballot", t.ballot())));
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
