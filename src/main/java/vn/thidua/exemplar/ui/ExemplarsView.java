package vn.thidua.exemplar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.thidua.exemplar.ExemplarDashboard;
import vn.thidua.exemplar.ExemplarData;
import vn.thidua.exemplar.ExemplarExports;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ExemplarStats;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.PhaseSummary;
import vn.thidua.identity.MemberSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * Điển hình tiên tiến: the unit's exemplar registry of a phase, listed by stage and field; for the officer and the
 * head, opening a phase, importing the registration round's advanced-model candidates in one click, adding an
 * individual or a collective, and the annex list (DOCX). Everyone of the unit reads it.
 */
@Route("exemplars")
@Menu(title = "menu.exemplars", order = 44, icon = "STAR")
@RolesAllowed(Permission.UNIT_VIEW)
class ExemplarsView extends VerticalLayout implements HasDynamicTitle {

    private final ExemplarService service;
    private final ExemplarExports exports;
    private final boolean manager;
    private final Select<PhaseSummary> phase = new Select<>();
    private final Select<ExemplarStage> stageFilter = new Select<>();
    private final Select<ExemplarField> fieldFilter = new Select<>();
    private final Grid<ExemplarSummary> grid = new Grid<>();
    private final VerticalLayout phaseTools = new VerticalLayout();

    ExemplarsView(ExemplarService service, ExemplarExports exports, ExemplarDashboard dashboard) {
        this.service = service;
        this.exports = exports;
        this.manager = Access.can(Permission.REGISTRATION_MANAGE);
        setWidthFull();
        H2 title = new H2(getTranslation("exemplar.title"));
        title.setId("exemplars-title");
        add(title, new Span(getTranslation("exemplar.intro")));
        Span unitStats = new Span(stats("conference.stats.unit", dashboard.unit()));
        unitStats.setId("exemplars-stats");
        RouterLink conferenceLink = new RouterLink(getTranslation("conference.link"), ConferenceView.class);
        conferenceLink.setId("exemplars-conference");
        add(unitStats, conferenceLink);
        if (Access.can(Permission.REPORT_VIEW) && dashboard.hasMembers()) { // counted by the read model
            Anchor members = new Anchor("dashboard#dashboard-exemplars", getTranslation("exemplar.stats.dashboard"));
            members.setId("exemplars-stats-subtree");
            add(members);
        }

        phase.setId("exemplars-phase");
        phase.setLabel(getTranslation("exemplar.phase"));
        phase.setItemLabelGenerator(p -> p == null ? "" : p.name());
        phase.addValueChangeListener(e -> refresh());
        stageFilter.setId("exemplars-stage");
        stageFilter.setLabel(getTranslation("exemplar.stage"));
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("exemplar.all"));
        stageFilter.setItems(ExemplarStage.values());
        stageFilter.setItemLabelGenerator(s -> s == null ? getTranslation("exemplar.all") : stageLabel(s));
        stageFilter.addValueChangeListener(e -> refresh());
        fieldFilter.setId("exemplars-field");
        fieldFilter.setLabel(getTranslation("exemplar.field"));
        fieldFilter.setEmptySelectionAllowed(true);
        fieldFilter.setEmptySelectionCaption(getTranslation("exemplar.all"));
        fieldFilter.setItems(ExemplarField.values());
        fieldFilter.setItemLabelGenerator(f -> f == null ? getTranslation("exemplar.all") : fieldLabel(f));
        fieldFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(phase, stageFilter, fieldFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.setId("exemplars-grid");
        grid.addComponentColumn(x -> new RouterLink(
                        x.name(), ExemplarView.class, new RouteParameters("exemplarId", String.valueOf(x.id()))))
                .setHeader(getTranslation("exemplar.name"))
                .setKey("name");
        grid.addColumn(x -> x.collective() ? getTranslation("exemplar.collective") : nz(x.position()))
                .setHeader(getTranslation("exemplar.position"));
        grid.addColumn(x -> fieldLabel(x.field())).setHeader(getTranslation("exemplar.field"));
        grid.addColumn(x -> nz(x.topic())).setHeader(getTranslation("exemplar.topic"));
        grid.addColumn(x -> x.stage() == null ? getTranslation("exemplar.stage.none") : stageLabel(x.stage()))
                .setHeader(getTranslation("exemplar.stage"));
        grid.addColumn(x -> nz(x.mentorName())).setHeader(getTranslation("exemplar.mentor"));
        grid.addColumn(ExemplarSummary::entryCount).setHeader(getTranslation("exemplar.entries"));
        grid.setAllRowsVisible(true);
        add(phaseTools, grid);
        if (manager) {
            add(openPhaseForm());
        }
        loadPhases(null);
    }

    private void loadPhases(Long select) {
        List<PhaseSummary> list = service.phases();
        phase.setItems(list);
        if (!list.isEmpty()) {
            phase.setValue(list.stream()
                    .filter(p -> select != null && p.id() == select)
                    .findFirst()
                    .orElse(list.getFirst()));
        } else {
            refresh();
        }
    }

    private void refresh() {
        phaseTools.removeAll();
        phaseTools.setPadding(false);
        PhaseSummary p = phase.getValue();
        if (p == null) {
            grid.setItems(List.of());
            Span none = new Span(getTranslation("exemplar.noPhase"));
            none.setId("exemplars-none");
            phaseTools.add(none);
            return;
        }
        List<ExemplarSummary> list = service.exemplars(p.id()).stream()
                .filter(x -> stageFilter.getValue() == null || stageFilter.getValue() == x.stage())
                .filter(x -> fieldFilter.getValue() == null || fieldFilter.getValue() == x.field())
                .toList();
        grid.setItems(list);
        Anchor annex = Notices.download(
                getTranslation("exemplar.annex"),
                "dien-hinh-tien-tien-" + p.startYear() + "-" + p.endYear() + ".docx",
                Notices.DOCX,
                () -> exports.annexDocx(p.id()));
        annex.setId("exemplars-annex");
        phaseTools.add(annex);
        if (manager) {
            phaseTools.add(importForm(p), addForm(p));
        }
    }

    /** "… exemplars — by stage: …; by field: …; replication: … people, … units". */
    private String stats(String key, ExemplarStats st) {
        String stages = st.byStage().isEmpty()
                ? "—"
                : java.util.Arrays.stream(ExemplarStage.values())
                        .filter(st.byStage()::containsKey)
                        .map(x -> getTranslation("exemplar.stage." + x.name()) + " "
                                + st.byStage().get(x))
                        .collect(java.util.stream.Collectors.joining(", "));
        String fields = st.byField().isEmpty()
                ? "—"
                : java.util.Arrays.stream(ExemplarField.values())
                        .filter(st.byField()::containsKey)
                        .map(x -> getTranslation("exemplar.field." + x.name()) + " "
                                + st.byField().get(x))
                        .collect(java.util.stream.Collectors.joining(", "));
        return getTranslation(
                key,
                String.valueOf(st.exemplars()),
                stages,
                fields,
                String.valueOf(st.participants()),
                String.valueOf(st.unitsReached()));
    }

    private Component importForm(PhaseSummary p) {
        TextField year = new TextField(getTranslation("exemplar.import.year"));
        year.setId("exemplars-import-year");
        year.setValue(Dates.schoolYear(Dates.today()));
        Button importButton = new Button(getTranslation("exemplar.import"), e -> {
            int[] added = new int[1];
            if (Notices.attempt(() -> added[0] =
                    service.importFromRegistration(p.id(), year.getValue().strip()))) {
                Notices.success("exemplar.imported", added[0]);
                refresh();
            }
        });
        importButton.setId("exemplars-import");
        HorizontalLayout row = new HorizontalLayout(year, importButton);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component addForm(PhaseSummary p) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("exemplar.add")));
        List<MemberSummary> members = service.members();
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
        kind.setId("exemplars-add-kind");
        kind.setItems(false, true);
        kind.setItemLabelGenerator(c -> getTranslation(c ? "exemplar.collective" : "exemplar.individual"));
        kind.setValue(false);
        ComboBox<MemberSummary> person = new ComboBox<>(getTranslation("exemplar.person"));
        person.setId("exemplars-add-person");
        person.setItems(members);
        person.setItemLabelGenerator(m -> m.displayName() + (m.position() == null ? "" : " – " + m.position()));
        TextField collective = new TextField(getTranslation("exemplar.collectiveName"));
        collective.setId("exemplars-add-collective");
        collective.setVisible(false);
        kind.addValueChangeListener(e -> {
            person.setVisible(!e.getValue());
            collective.setVisible(e.getValue());
        });
        Select<ExemplarField> field = new Select<>();
        field.setId("exemplars-add-field");
        field.setLabel(getTranslation("exemplar.field"));
        field.setItems(ExemplarField.values());
        field.setItemLabelGenerator(this::fieldLabel);
        field.setValue(ExemplarField.TEACHING_INNOVATION);
        TextField topic = new TextField(getTranslation("exemplar.topic"));
        topic.setId("exemplars-add-topic");
        topic.setWidth("28em");
        TextArea criteria = new TextArea(getTranslation("exemplar.criteria"));
        criteria.setId("exemplars-add-criteria");
        criteria.setWidthFull();
        ComboBox<MemberSummary> mentor = new ComboBox<>(getTranslation("exemplar.mentor"));
        mentor.setId("exemplars-add-mentor");
        mentor.setItems(members);
        mentor.setItemLabelGenerator(MemberSummary::displayName);
        Button add = new Button(getTranslation("exemplar.add.save"), e -> {
            boolean isCollective = Boolean.TRUE.equals(kind.getValue());
            if (!isCollective && person.getValue() == null) {
                Notices.error(new BusinessException("exemplar.error.personRequired"));
                return;
            }
            if (Notices.attempt(() -> service.add(
                    p.id(),
                    new ExemplarData(
                            isCollective ? null : person.getValue().userId(),
                            collective.getValue(),
                            field.getValue(),
                            topic.getValue(),
                            criteria.getValue(),
                            mentor.getValue() == null ? null : mentor.getValue().userId())))) {
                Notices.success("exemplar.saved");
                refresh();
            }
        });
        add.setId("exemplars-add-save");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(kind, person, collective, field);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout row2 = new HorizontalLayout(topic, mentor);
        form.add(row, row2, criteria, add);
        return form;
    }

    private Component openPhaseForm() {
        IntegerField start = new IntegerField(getTranslation("exemplar.phase.start"));
        start.setId("exemplars-phase-start");
        IntegerField end = new IntegerField(getTranslation("exemplar.phase.end"));
        end.setId("exemplars-phase-end");
        Button open = new Button(getTranslation("exemplar.phase.open"), e -> {
            if (start.getValue() == null || end.getValue() == null) {
                Notices.error(new BusinessException("exemplar.error.phaseYears"));
                return;
            }
            PhaseSummary[] made = new PhaseSummary[1];
            if (Notices.attempt(() -> made[0] = service.openPhase(start.getValue(), end.getValue()))) {
                loadPhases(made[0].id());
            }
        });
        open.setId("exemplars-phase-open");
        HorizontalLayout row = new HorizontalLayout(new H3(getTranslation("exemplar.phase.new")), start, end, open);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private String stageLabel(ExemplarStage s) {
        return getTranslation("exemplar.stage." + s.name());
    }

    private String fieldLabel(ExemplarField f) {
        return getTranslation("exemplar.field." + f.name());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exemplar.title");
    }
}
