package vn.thidua.exemplar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.exemplar.ConferenceService;
import vn.thidua.exemplar.EntryData;
import vn.thidua.exemplar.ExemplarDetails;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.ProposalMark;
import vn.thidua.exemplar.ReplicationKind;
import vn.thidua.exemplar.StoryService;
import vn.thidua.exemplar.TimelineItem;
import vn.thidua.identity.MemberSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * One exemplar: who or which collective, its field, criteria and mentor; its timeline — every stage entry by date,
 * with the awards of a review's school year from the award history beside it; for the officer and the head, adding
 * an entry (dated inside the phase), marking a planned fostering action done, editing an entry (its stage stays)
 * and deleting one after a confirmation.
 */
@Route("exemplars/:exemplarId")
@RolesAllowed(Permission.UNIT_VIEW)
class ExemplarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExemplarService service;
    private final StoryService stories;
    private final ConferenceService conference;
    private ExemplarDetails details;

    ExemplarView(ExemplarService service, StoryService stories, ConferenceService conference) {
        this.service = service;
        this.stories = stories;
        this.conference = conference;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("exemplarId"))
                .orElseThrow(() -> new NotFoundException("exemplar"));
        details = service.details(id);
        build();
    }

    private void reload() {
        details = service.details(details.summary().id());
        build();
    }

    private void build() {
        removeAll();
        ExemplarSummary x = details.summary();
        add(new RouterLink(getTranslation("exemplar.back"), ExemplarsView.class));
        H2 title = new H2(x.name());
        title.setId("exemplar-title");
        add(title);
        Span meta = new Span(getTranslation(
                "exemplar.meta",
                x.collective() ? getTranslation("exemplar.collective") : (x.position() == null ? "" : x.position()),
                getTranslation("exemplar.field." + x.field().name()),
                details.phase().name(),
                x.mentorName() == null ? getTranslation("exemplar.mentor.none") : x.mentorName()));
        meta.setId("exemplar-meta");
        add(meta);
        Span reach = new Span(getTranslation("story.exemplar.reach", stories.unitsLearnedFrom(x.id())));
        reach.setId("exemplar-gallery-reach");
        add(reach);
        if (x.topic() != null) {
            add(new Paragraph(getTranslation("exemplar.topic") + ": " + x.topic()));
        }
        if (x.criteria() != null) {
            Paragraph criteria = new Paragraph(getTranslation("exemplar.criteria") + ": " + x.criteria());
            criteria.setId("exemplar-criteria");
            add(criteria);
        }
        add(new H3(getTranslation("exemplar.timeline")));
        add(timeline());
        conferenceMarks(x.id());
        if (Access.can(Permission.REGISTRATION_MANAGE)) {
            add(entryForm(), describeForm(x));
        }
    }

    /** Proposals to upper units' conferences: "đã đề xuất", returned with its reason, or the honour that flowed back. */
    private void conferenceMarks(long exemplarId) {
        List<ProposalMark> marks = conference.marks(exemplarId);
        if (marks.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("conference.marks")));
        Div list = new Div();
        list.setId("exemplar-conference");
        for (ProposalMark m : marks) {
            String text;
            if (m.honoured()) {
                text = getTranslation(
                        "conference.mark.honoured", Dates.format(m.honourDate()), m.honourText(), m.receiverName());
            } else if (m.returned()) {
                text = getTranslation(
                        "conference.mark.returned",
                        Dates.format(m.proposedOn()),
                        m.roundName(),
                        m.receiverName(),
                        m.returnReason());
            } else {
                text = getTranslation(
                        "conference.mark.proposed", Dates.format(m.proposedOn()), m.roundName(), m.receiverName());
            }
            list.add(new Paragraph(text));
        }
        add(list);
    }

    private Component timeline() {
        Grid<TimelineItem> grid = new Grid<>();
        grid.setId("exemplar-timeline");
        grid.addColumn(i -> Dates.format(i.date()))
                .setHeader(getTranslation("exemplar.entry.date"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("exemplar.stage." + i.stage().name()))
                .setHeader(getTranslation("exemplar.stage"))
                .setAutoWidth(true);
        grid.addColumn(TimelineItem::text)
                .setHeader(getTranslation("exemplar.entry.text"))
                .setFlexGrow(3);
        grid.addColumn(this::more)
                .setHeader(getTranslation("exemplar.entry.more"))
                .setKey("more");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(details.timeline());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    /** Mark done (a planned fostering action), edit and delete, for who manages the registry. */
    private Component actions(TimelineItem i) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!Access.can(Permission.REGISTRATION_MANAGE)) {
            return actions;
        }
        if (!i.done()) {
            Button done = new Button(getTranslation("exemplar.entry.markDone"), e -> {
                if (Notices.attempt(() -> service.markDone(i.id()))) {
                    reload();
                }
            });
            done.setId("exemplar-entry-markdone-" + i.id());
            done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(done);
        }
        Button edit = new Button(getTranslation("exemplar.entry.edit"), e -> editDialog(i));
        edit.setId("exemplar-entry-edit-" + i.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("exemplar.entry.delete"), e -> confirmDelete(i));
        delete.setId("exemplar-entry-delete-" + i.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(edit, delete);
        return actions;
    }

    /** Edits an entry's date, text and — by its stage — done flag or replication figures; the stage stays. */
    private void editDialog(TimelineItem i) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                "exemplar.entry.editTitle",
                getTranslation("exemplar.stage." + i.stage().name())));
        DatePicker date = new DatePicker(getTranslation("exemplar.entry.date"), i.date());
        date.setId("exemplar-edit-date");
        TextArea text = new TextArea(getTranslation("exemplar.entry.text"));
        text.setId("exemplar-edit-text");
        text.setValue(i.text());
        text.setWidth("32em");
        Checkbox done = new Checkbox(getTranslation("exemplar.entry.done"), i.done());
        done.setId("exemplar-edit-done");
        done.setVisible(i.stage() == ExemplarStage.BOI_DUONG);
        boolean replication = i.stage() == ExemplarStage.NHAN_RONG;
        Select<ReplicationKind> kind = new Select<>();
        kind.setId("exemplar-edit-kind");
        kind.setLabel(getTranslation("exemplar.replication"));
        kind.setItems(ReplicationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("exemplar.replication." + k.name()));
        kind.setValue(i.replicationKind() == null ? ReplicationKind.DEMO_LESSON : i.replicationKind());
        IntegerField participants = new IntegerField(getTranslation("exemplar.entry.participants"));
        participants.setId("exemplar-edit-participants");
        participants.setMin(0);
        participants.setValue(i.participants());
        IntegerField units = new IntegerField(getTranslation("exemplar.entry.units"));
        units.setId("exemplar-edit-units");
        units.setMin(0);
        units.setValue(i.unitsReached());
        kind.setVisible(replication);
        participants.setVisible(replication);
        units.setVisible(replication);
        Span error = new Span();
        error.setId("exemplar-edit-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(date, done, kind, participants, units, text, error);
        form.setPadding(false);
        dialog.add(form);
        Button save = new Button(getTranslation("exemplar.entry.save"), e -> {
            try {
                service.updateEntry(
                        i.id(),
                        new EntryData(
                                i.stage(),
                                date.getValue(),
                                text.getValue(),
                                done.getValue(),
                                kind.getValue(),
                                participants.getValue(),
                                units.getValue()));
                dialog.close();
                Notices.success("exemplar.saved");
                reload();
            } catch (BusinessException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.setId("exemplar-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(TimelineItem i) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("exemplar.entry.deleteTitle"),
                getTranslation(
                        "exemplar.entry.deleteText",
                        getTranslation("exemplar.stage." + i.stage().name()),
                        Dates.format(i.date()),
                        i.text()),
                getTranslation("exemplar.entry.delete"),
                e -> {
                    if (Notices.attempt(() -> service.deleteEntry(i.id()))) {
                        Notices.success("exemplar.entry.deleted");
                        reload();
                    }
                });
        confirm.setId("exemplar-entry-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    /** The column beside the text: planned/done, replication figures, a review's awards of its school year. */
    String more(TimelineItem i) {
        List<String> parts = new ArrayList<>();
        switch (i.stage()) {
            case BOI_DUONG -> parts.add(getTranslation(i.done() ? "exemplar.entry.done" : "exemplar.entry.planned"));
            case NHAN_RONG -> {
                parts.add(getTranslation(
                        "exemplar.replication." + i.replicationKind().name()));
                parts.add(getTranslation(
                        "exemplar.entry.reach",
                        i.participants() == null ? 0 : i.participants(),
                        i.unitsReached() == null ? 0 : i.unitsReached()));
            }
            case TONG_KET ->
                parts.add(
                        i.awards().isEmpty()
                                ? getTranslation("exemplar.entry.noAwards", i.schoolYear())
                                : getTranslation(
                                        "exemplar.entry.awards", i.schoolYear(), String.join(", ", i.awards())));
            default -> {}
        }
        return String.join(" · ", parts);
    }

    private Component entryForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("exemplar.entry.new")));
        Select<ExemplarStage> stage = new Select<>();
        stage.setId("exemplar-entry-stage");
        stage.setLabel(getTranslation("exemplar.stage"));
        stage.setItems(ExemplarStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("exemplar.stage." + s.name()));
        stage.setValue(ExemplarStage.PHAT_HIEN);
        DatePicker date = new DatePicker(getTranslation("exemplar.entry.date"), Dates.today());
        date.setId("exemplar-entry-date");
        Checkbox done = new Checkbox(getTranslation("exemplar.entry.done"), true);
        done.setId("exemplar-entry-done");
        Select<ReplicationKind> kind = new Select<>();
        kind.setId("exemplar-entry-kind");
        kind.setLabel(getTranslation("exemplar.replication"));
        kind.setItems(ReplicationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("exemplar.replication." + k.name()));
        kind.setValue(ReplicationKind.DEMO_LESSON);
        IntegerField participants = new IntegerField(getTranslation("exemplar.entry.participants"));
        participants.setId("exemplar-entry-participants");
        participants.setMin(0);
        IntegerField units = new IntegerField(getTranslation("exemplar.entry.units"));
        units.setId("exemplar-entry-units");
        units.setMin(0);
        TextArea text = new TextArea(getTranslation("exemplar.entry.text"));
        text.setId("exemplar-entry-text");
        text.setWidthFull();
        Runnable visibility = () -> {
            boolean replication = stage.getValue() == ExemplarStage.NHAN_RONG;
            done.setVisible(stage.getValue() == ExemplarStage.BOI_DUONG);
            kind.setVisible(replication);
            participants.setVisible(replication);
            units.setVisible(replication);
        };
        stage.addValueChangeListener(e -> visibility.run());
        visibility.run();
        Button save = new Button(getTranslation("exemplar.entry.save"), e -> {
            if (Notices.attempt(() -> service.addEntry(
                    details.summary().id(),
                    new EntryData(
                            stage.getValue(),
                            date.getValue(),
                            text.getValue(),
                            done.getValue(),
                            kind.getValue(),
                            participants.getValue(),
                            units.getValue())))) {
                Notices.success("exemplar.saved");
                reload();
            }
        });
        save.setId("exemplar-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(stage, date, done, kind, participants, units);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(row, text, save);
        return form;
    }

    /** The model's field, its criteria and its mentor, for the officer and the head. */
    private Component describeForm(ExemplarSummary x) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("exemplar.describe")));
        Select<ExemplarField> field = new Select<>();
        field.setId("exemplar-describe-field");
        field.setLabel(getTranslation("exemplar.field"));
        field.setItems(ExemplarField.values());
        field.setItemLabelGenerator(f -> getTranslation("exemplar.field." + f.name()));
        field.setValue(x.field());
        List<MemberSummary> members = service.members();
        ComboBox<MemberSummary> mentor = new ComboBox<>(getTranslation("exemplar.mentor"));
        mentor.setId("exemplar-describe-mentor");
        mentor.setItems(members);
        mentor.setItemLabelGenerator(MemberSummary::displayName);
        mentor.setClearButtonVisible(true);
        members.stream()
                .filter(m -> x.mentorName() != null && m.displayName().equals(x.mentorName()))
                .findFirst()
                .ifPresent(mentor::setValue);
        TextArea criteria = new TextArea(getTranslation("exemplar.criteria"));
        criteria.setId("exemplar-describe-criteria");
        criteria.setWidthFull();
        criteria.setValue(x.criteria() == null ? "" : x.criteria());
        Button save = new Button(getTranslation("exemplar.describe.save"), e -> {
            if (Notices.attempt(() -> service.update(
                    x.id(),
                    field.getValue(),
                    criteria.getValue(),
                    mentor.getValue() == null ? null : mentor.getValue().userId()))) {
                Notices.success("exemplar.saved");
                reload();
            }
        });
        save.setId("exemplar-describe-save");
        HorizontalLayout row = new HorizontalLayout(field, mentor);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(row, criteria, save);
        return form;
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("exemplar.title")
                : details.summary().name();
    }
}
