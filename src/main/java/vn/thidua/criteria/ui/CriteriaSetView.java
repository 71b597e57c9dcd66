package vn.thidua.criteria.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.criteria.Aggregation;
import vn.thidua.criteria.Band;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSetStatus;
import vn.thidua.criteria.CriteriaSetSummary;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Period;
import vn.thidua.criteria.Periods;
import vn.thidua.criteria.ScoreSheetData;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoreSheetSummary;
import vn.thidua.criteria.ScoringType;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * One criteria set: its criteria (inherited ones marked and read-only), local criteria added or removed while it is a
 * draft, publish, a new version of a published set; and the score-sheet editor for a published set (maximum,
 * periods, year score, bands, review day). Another unit's draft typed in the URL is "not found".
 */
@Route("criteria/:setId")
@RolesAllowed(Permission.CRITERIA_MANAGE)
class CriteriaSetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CriteriaService criteria;
    private final ScoreSheetService sheets;
    private CriteriaSetSummary set;
    private final List<Criterion> local = new ArrayList<>();
    final Grid<Criterion> grid = new Grid<>();
    final TextField setName = new TextField();
    final TextField code = new TextField();
    final TextField text = new TextField();
    final BigDecimalField max = new BigDecimalField();
    final Select<ScoringType> type = new Select<>();
    final BigDecimalField per = new BigDecimalField();
    final BigDecimalField floor = new BigDecimalField();
    final Checkbox evidence = new Checkbox();
    final Button add = new Button();
    final Button save = new Button();
    final Button publish = new Button();
    // score sheet editor
    final TextField sheetName = new TextField();
    final BigDecimalField sheetMax = new BigDecimalField();
    final Select<String> periodPlan = new Select<>();
    final IntegerField weight1 = new IntegerField();
    final IntegerField weight2 = new IntegerField();
    final IntegerField divisor = new IntegerField();
    final TextField bands = new TextField();
    final IntegerField reviewDay = new IntegerField();
    final Button createSheet = new Button();

    CriteriaSetView(CriteriaService criteria, ScoreSheetService sheets) {
        this.criteria = criteria;
        this.sheets = sheets;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("setId"))
                .orElseThrow(() -> new NotFoundException("criteria set"));
        show(criteria.get(id));
    }

    private void show(CriteriaSetSummary s) {
        set = s;
        local.clear();
        s.criteria().stream().filter(c -> !c.inherited()).forEach(local::add);
        removeAll();
        H2 title = new H2(s.name() + " — " + s.schoolYear() + " (" + getTranslation("criteria.col.version") + " "
                + s.versionNo() + ")");
        title.setId("criteria-set-title");
        Paragraph state = new Paragraph(getTranslation(
                "criteria.set.state",
                getTranslation("criteria.setStatus." + s.status().name()),
                s.unitName(),
                getTranslation("criteria.subject." + s.subject().name())));
        state.setId("criteria-set-state");
        add(title, state);

        grid.removeAllColumns();
        grid.setId("criteria-set-criteria");
        grid.addColumn(Criterion::code)
                .setHeader(getTranslation("criteria.col.code"))
                .setAutoWidth(true);
        grid.addColumn(Criterion::title)
                .setHeader(getTranslation("criteria.col.criterion"))
                .setFlexGrow(1);
        grid.addColumn(c -> Labels.criterionHelp(this, c))
                .setHeader(getTranslation("criteria.col.scoring"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.inherited() ? "criteria.origin.inherited" : "criteria.origin.local"))
                .setHeader(getTranslation("criteria.col.origin"));
        grid.setAllRowsVisible(true);
        refreshGrid();
        add(grid, new Paragraph(getTranslation("criteria.set.sum", Labels.plain(sum()))));

        if (s.editable()) {
            add(editor());
        } else if (s.own() && s.status() == CriteriaSetStatus.PUBLISHED) {
            Button next = new Button(getTranslation("criteria.set.newVersion"), e -> {
                try {
                    CriteriaSetSummary v = criteria.newVersion(set.id());
                    getUI().ifPresent(ui -> ui.navigate("criteria/" + v.id()));
                } catch (BusinessException ex) {
                    Notices.error(ex);
                }
            });
            next.setId("criteria-set-new-version");
            add(next);
        }
        if (s.status() == CriteriaSetStatus.PUBLISHED) {
            add(sheetEditor());
        }
    }

    private BigDecimal sum() {
        return set.criteria().stream()
                .filter(Criterion::inherited)
                .map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(local.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private void refreshGrid() {
        List<Criterion> all = new ArrayList<>(
                set.criteria().stream().filter(Criterion::inherited).toList());
        all.addAll(local);
        grid.setItems(all);
    }

    private VerticalLayout editor() {
        setName.setId("criteria-set-name");
        setName.setLabel(getTranslation("criteria.col.setName"));
        setName.setValue(set.name());
        setName.setWidth("30em");
        code.setId("criterion-code");
        code.setLabel(getTranslation("criteria.col.code"));
        code.setWidth("6em");
        text.setId("criterion-title");
        text.setLabel(getTranslation("criteria.col.criterion"));
        text.setWidth("26em");
        max.setId("criterion-max");
        max.setLabel(getTranslation("criteria.col.max"));
        max.setWidth("7em");
        type.setId("criterion-type");
        type.setLabel(getTranslation("criteria.col.type"));
        type.setItems(ScoringType.values());
        type.setItemLabelGenerator(t -> getTranslation("criteria.type." + t.name()));
        type.setValue(ScoringType.SCALE);
        per.setId("criterion-per");
        per.setLabel(getTranslation("criteria.col.per"));
        per.setWidth("7em");
        floor.setId("criterion-floor");
        floor.setLabel(getTranslation("criteria.col.floor"));
        floor.setWidth("7em");
        evidence.setId("criterion-evidence");
        evidence.setLabel(getTranslation("criteria.col.evidence"));
        add.setText(getTranslation("criteria.set.add"));
        add.setId("criterion-add");
        add.addClickListener(e -> {
            local.add(new Criterion(
                    code.getValue(),
                    text.getValue(),
                    max.getValue(),
                    type.getValue(),
                    per.getValue(),
                    floor.getValue(),
                    evidence.getValue(),
                    false));
            code.clear();
            text.clear();
            max.clear();
            per.clear();
            floor.clear();
            refreshGrid();
        });
        Button remove = new Button(getTranslation("criteria.set.remove"), e -> grid.getSelectedItems().stream()
                .filter(c -> !c.inherited())
                .findFirst()
                .ifPresent(c -> {
                    local.remove(c);
                    refreshGrid();
                }));
        remove.setId("criterion-remove");
        save.setText(getTranslation("common.save"));
        save.setId("criteria-set-save");
        save.addClickListener(e -> save());
        publish.setText(getTranslation("criteria.set.publish"));
        publish.setId("criteria-set-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            if (save()) {
                try {
                    show(criteria.publish(set.id(), set.version()));
                    Notices.success("criteria.set.published");
                } catch (BusinessException ex) {
                    Notices.error(ex);
                }
            }
        });
        FlexLayout fields = new FlexLayout(code, text, max, type, per, floor, evidence, add);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        fields.setAlignItems(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(
                new H3(getTranslation("criteria.set.local")),
                setName,
                fields,
                new HorizontalLayout(remove, save, publish));
        box.setPadding(false);
        return box;
    }

    boolean save() {
        try {
            show(criteria.save(set.id(), set.version(), setName.getValue(), List.copyOf(local)));
            Notices.success("common.saved");
            return true;
        } catch (BusinessException e) {
            Notices.error(e);
            return false;
        }
    }

    private VerticalLayout sheetEditor() {
        sheetName.setId("sheet-name");
        sheetName.setLabel(getTranslation("criteria.sheet.name"));
        sheetName.setValue(getTranslation("criteria.sheet.defaultName", set.schoolYear()));
        sheetName.setWidth("30em");
        sheetMax.setId("sheet-max");
        sheetMax.setLabel(getTranslation("criteria.sheet.max"));
        sheetMax.setValue(sum());
        periodPlan.setId("sheet-periods");
        periodPlan.setLabel(getTranslation("criteria.sheet.periods"));
        periodPlan.setItems("MONTH", "SEMESTER", "YEAR");
        periodPlan.setItemLabelGenerator(p -> getTranslation("criteria.sheet.plan." + p));
        periodPlan.setValue("MONTH");
        weight1.setId("sheet-weight1");
        weight1.setLabel(getTranslation("criteria.sheet.weight1"));
        weight1.setValue(1);
        weight2.setId("sheet-weight2");
        weight2.setLabel(getTranslation("criteria.sheet.weight2"));
        weight2.setValue(2);
        divisor.setId("sheet-divisor");
        divisor.setLabel(getTranslation("criteria.sheet.divisor"));
        divisor.setValue(3);
        bands.setId("sheet-bands");
        bands.setLabel(getTranslation("criteria.sheet.bands"));
        bands.setHelperText(getTranslation("criteria.sheet.bandsHelp"));
        bands.setValue(getTranslation("criteria.sheet.defaultBands"));
        bands.setWidth("36em");
        reviewDay.setId("sheet-review-day");
        reviewDay.setLabel(getTranslation("criteria.sheet.reviewDay"));
        reviewDay.setValue(24);
        createSheet.setText(getTranslation("criteria.sheet.create"));
        createSheet.setId("sheet-create");
        createSheet.addClickListener(e -> createSheet());
        FlexLayout fields = new FlexLayout(sheetName, sheetMax, periodPlan, weight1, weight2, divisor, reviewDay);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        VerticalLayout box =
                new VerticalLayout(new H3(getTranslation("criteria.sheet.editor")), fields, bands, createSheet);
        box.setPadding(false);
        return box;
    }

    /** Bands typed as "Tốt:90-100; Khá:70-90; …", optionally with a quota "Tốt:90-100:30". */
    List<Band> parseBands(String raw) {
        List<Band> result = new ArrayList<>();
        for (String part : raw.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] p = part.strip().split(":");
            if (p.length < 2 || !p[1].contains("-")) {
                throw new BusinessException("criteria.sheet.error.bands");
            }
            String[] range = p[1].split("-");
            try {
                result.add(new Band(
                        p[0].strip(),
                        new BigDecimal(range[0].strip()),
                        new BigDecimal(range[1].strip()),
                        p.length > 2 ? Integer.valueOf(p[2].strip()) : null));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new BusinessException("criteria.sheet.error.bands");
            }
        }
        return result;
    }

    void createSheet() {
        try {
            String plan = periodPlan.getValue();
            List<Period> periods =
                    switch (plan) {
                        case "SEMESTER" -> Periods.semesters(orZero(weight1.getValue()), orZero(weight2.getValue()));
                        case "YEAR" ->
                            List.of(new Period(
                                    "NAM", getTranslation("criteria.sheet.plan.YEAR"), Period.PeriodKind.YEAR, 1));
                        default -> Periods.months(set.schoolYear(), 9, 9);
                    };
            Aggregation aggregation = "SEMESTER".equals(plan) ? Aggregation.WEIGHTED : Aggregation.MEAN;
            ScoreSheetSummary created = sheets.create(new ScoreSheetData(
                    sheetName.getValue(),
                    set.id(),
                    sheetMax.getValue(),
                    periods,
                    aggregation,
                    divisor.getValue(),
                    parseBands(bands.getValue()),
                    reviewDay.getValue()));
            Notices.success("criteria.sheet.created", created.name());
            getUI().ifPresent(ui -> ui.navigate("score-review/" + created.id()));
        } catch (BusinessException e) {
            Notices.error(e);
        }
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    @Override
    public String getPageTitle() {
        return set == null ? getTranslation("criteria.sets.title") : set.name();
    }
}
