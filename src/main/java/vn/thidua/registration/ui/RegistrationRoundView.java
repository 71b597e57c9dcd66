package vn.thidua.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.registration.CollectiveData;
import vn.thidua.registration.RegistrationExports;
import vn.thidua.registration.RegistrationOverview;
import vn.thidua.registration.RegistrationRoundSummary;
import vn.thidua.registration.RegistrationSending;
import vn.thidua.registration.RegistrationService;
import vn.thidua.registration.RegistrationSummary;
import vn.thidua.registration.StaffRow;
import vn.thidua.registration.TargetProgress;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * The officer's page of one registration round: the targets against what was registered, every member with what
 * they registered and who has not, the unit's collective registrations, advanced-model candidates, the list as DOCX
 * and XLSX, closing the round and sending the list up.
 */
@Route("registration/rounds/:roundId")
@RolesAllowed(Permission.REGISTRATION_MANAGE)
class RegistrationRoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private final RegistrationExports exports;
    private final CatalogueService catalogue;
    private final RegistrationSending sending;
    private long roundId;
    private String pageTitle = "";

    RegistrationRoundView(
            RegistrationService registrations,
            RegistrationExports exports,
            CatalogueService catalogue,
            RegistrationSending sending) {
        this.registrations = registrations;
        this.exports = exports;
        this.catalogue = catalogue;
        this.sending = sending;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = RouteIds.parse(event.getRouteParameters().get("roundId"))
                .orElseThrow(() -> new NotFoundException("registration round"));
        build();
    }

    private void build() {
        removeAll();
        RegistrationOverview o = registrations.overview(roundId, getLocale());
        RegistrationRoundSummary round = o.round();
        pageTitle = round.name();
        H2 title = new H2(round.name());
        title.setId("registration-round-title");
        Span status = new Span(getTranslation(RegistrationRoundsView.status(round)));
        status.setId("registration-round-status");
        status.getElement().getThemeList().add(round.acceptsStaffChanges() ? "badge success" : "badge contrast");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(Alignment.BASELINE);
        add(head);
        add(new Span(getTranslation(
                "registration.round.meta",
                round.schoolYear(),
                Dates.format(round.openedOn()),
                Dates.format(round.deadline()))));

        Button edit = new Button(
                getTranslation("common.edit"),
                e -> new RegistrationRoundForm(registrations, catalogue, round, id -> build()).open());
        edit.setId("registration-round-edit");
        Button close = new Button(
                getTranslation(round.closed() ? "registration.round.reopen" : "registration.round.close"),
                e -> Notices.attempt(() -> {
                    registrations.setClosed(roundId, !round.closed());
                    build();
                }));
        close.setId("registration-round-close");
        String file = "dang-ky-thi-dua-" + round.schoolYear();
        var docx = Notices.download(
                getTranslation("registration.export.docx"), file + ".docx", Notices.DOCX, () -> exports.docx(roundId));
        docx.setId("registration-export-docx");
        var xlsx = Notices.download(
                getTranslation("registration.export.xlsx"), file + ".xlsx", Notices.XLSX, () -> exports.xlsx(roundId));
        xlsx.setId("registration-export-xlsx");
        HorizontalLayout actions = new HorizontalLayout(edit, close, docx, xlsx);
        actions.setAlignItems(Alignment.BASELINE);
        add(actions);

        add(new H3(getTranslation("registration.targets")));
        VerticalLayout targets = new VerticalLayout();
        targets.setPadding(false);
        targets.setSpacing(false);
        targets.setId("registration-targets");
        if (o.targets().isEmpty()) {
            targets.add(new Span(getTranslation("registration.targets.none")));
        }
        for (TargetProgress t : o.targets()) {
            Span line = new Span(targetText(t));
            line.setId("registration-target-" + t.titleCode());
            line.getElement().getThemeList().add(t.met() ? "badge success" : "badge error");
            targets.add(line);
        }
        add(targets);

        add(new H3(getTranslation(
                "registration.staff",
                o.staff().size() - o.missing().size(),
                o.staff().size())));
        Grid<StaffRow> staff = new Grid<>();
        staff.setId("registration-staff");
        staff.setAllRowsVisible(true);
        staff.addColumn(StaffRow::displayName)
                .setHeader(getTranslation("registration.col.name"))
                .setFlexGrow(2);
        staff.addColumn(r -> r.position() == null ? "" : r.position())
                .setHeader(getTranslation("registration.col.position"))
                .setFlexGrow(2);
        staff.addColumn(r -> r.registered() ? names(r.registration().titleCodes()) : "—")
                .setHeader(getTranslation("registration.col.titles"))
                .setFlexGrow(2);
        staff.addColumn(r -> r.registered() && r.registration().formCode() != null
                        ? names(Set.of(r.registration().formCode()))
                        : "")
                .setHeader(getTranslation("registration.col.form"));
        staff.addColumn(r -> r.registered() && r.registration().modelCandidate()
                        ? r.registration().modelField()
                        : "")
                .setHeader(getTranslation("registration.col.model"));
        staff.addComponentColumn(r -> {
                    if (!r.registered()) {
                        return new Span();
                    }
                    Button model =
                            new Button(getTranslation("registration.model.mark"), e -> modelDialog(r.registration()));
                    model.setId("registration-model-" + r.userId());
                    model.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    model.setEnabled(!round.closed());
                    return model;
                })
                .setHeader(getTranslation("common.actions"));
        staff.setItems(o.staff());
        add(staff);
        Span missing = new Span(
                o.missing().isEmpty()
                        ? getTranslation("registration.missing.none")
                        : getTranslation(
                                "registration.missing",
                                o.missing().size(),
                                o.missing().stream().map(StaffRow::displayName).collect(Collectors.joining(", "))));
        missing.setId("registration-missing");
        add(missing);
        if (!o.missing().isEmpty() && round.acceptsStaffChanges()) {
            Button remind = new Button(
                    getTranslation("registration.remind"),
                    e -> Notices.attempt(() -> {
                        int n = registrations.remindMissing(roundId);
                        Notices.success("registration.remind.sent", n);
                    }));
            remind.setId("registration-remind");
            remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(remind);
        }

        add(new H3(getTranslation("registration.collectives")));
        Grid<RegistrationSummary> collectives = new Grid<>();
        collectives.setId("registration-collectives");
        collectives.setAllRowsVisible(true);
        collectives.addColumn(RegistrationSummary::name).setHeader(getTranslation("registration.col.collective"));
        collectives.addColumn(c -> names(c.titleCodes())).setHeader(getTranslation("registration.col.titles"));
        collectives
                .addComponentColumn(c -> {
                    Button remove = new Button(
                            getTranslation("common.delete"),
                            e -> Notices.attempt(() -> {
                                registrations.removeCollective(roundId, c.id());
                                build();
                            }));
                    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    remove.setEnabled(!round.closed());
                    return remove;
                })
                .setHeader(getTranslation("common.actions"));
        collectives.setItems(o.collectives());
        add(collectives);
        if (!round.closed()) {
            add(collectiveForm());
        }
        if (Access.can(Permission.SUBMISSION_SEND)) {
            add(new SendUpPanel(
                    sending, catalogue, round, o.staff().size() - o.missing().size()));
        }
    }

    private HorizontalLayout collectiveForm() {
        TextField name = new TextField(getTranslation("registration.col.collective"));
        name.setId("registration-collective-name");
        name.setHelperText(getTranslation("registration.collective.help"));
        name.setWidth("22em");
        CheckboxGroup<String> titles = new CheckboxGroup<>(getTranslation("registration.field.titles"));
        titles.setId("registration-collective-titles");
        List<String> codes = catalogue.awardTypes(Dates.today()).stream()
                .filter(t -> t.kind() == AwardKind.TITLE && t.subject() == Subject.COLLECTIVE)
                .map(AwardTypeSummary::code)
                .toList();
        titles.setItems(codes);
        titles.setItemLabelGenerator(this::name);
        Button add = new Button(
                getTranslation("registration.collective.add"),
                e -> Notices.attempt(() -> {
                    registrations.registerCollective(
                            roundId, null, new CollectiveData(name.getValue(), titles.getValue(), null, null));
                    Notices.success("common.saved");
                    build();
                }));
        add.setId("registration-collective-add");
        HorizontalLayout form = new HorizontalLayout(name, titles, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void modelDialog(RegistrationSummary r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("registration.model.title", r.name()));
        Checkbox candidate = new Checkbox(getTranslation("registration.model.candidate"), r.modelCandidate());
        candidate.setId("registration-model-candidate");
        TextField field = new TextField(getTranslation("registration.model.field"));
        field.setId("registration-model-field");
        field.setWidthFull();
        field.setHelperText(getTranslation("registration.model.field.help"));
        field.setValue(r.modelField() == null ? "" : r.modelField());
        dialog.add(new VerticalLayout(candidate, field));
        Button save = new Button(
                getTranslation("common.save"),
                e -> Notices.attempt(() -> {
                    registrations.markModelCandidate(roundId, r.id(), candidate.getValue(), field.getValue());
                    dialog.close();
                    build();
                }));
        save.setId("registration-model-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** "Lao động tiên tiến: 27/30 (90 %) — cần 100 %" or "Tập thể lao động xuất sắc: 1 — cần 1". */
    String targetText(TargetProgress t) {
        return t.percent() != null
                ? getTranslation(
                        "registration.target.percent",
                        t.titleName(),
                        t.achieved(),
                        t.base(),
                        t.achievedPercent(),
                        t.percent(),
                        t.required())
                : getTranslation("registration.target.count", t.titleName(), t.achieved(), t.required());
    }

    private String names(Set<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private String name(String code) {
        return catalogue.find(code).map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
