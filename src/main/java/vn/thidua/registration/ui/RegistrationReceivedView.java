package vn.thidua.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.registration.RegistrationSending;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionDetails;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.TenantContext;

/**
 * The upper unit's side: it opens a receiving round for the school year, sees each member unit's registration list
 * (status, counts per title, the list itself), accepts or returns it with a reason, and the totals per title.
 */
@Route("registration/received")
@Menu(title = "menu.registrationReceived", order = 35.7, icon = "INBOX")
@RolesAllowed(Permission.SUBMISSION_REVIEW)
class RegistrationReceivedView extends VerticalLayout implements HasDynamicTitle {

    private final RegistrationSending sending;
    private final SubmissionService submissions;
    private final CatalogueService catalogue;
    private final VerticalLayout body = new VerticalLayout();

    RegistrationReceivedView(
            RegistrationSending sending,
            SubmissionService submissions,
            CatalogueService catalogue,
            OrgUnitService orgUnits) {
        this.sending = sending;
        this.submissions = submissions;
        this.catalogue = catalogue;
        body.setPadding(false);
        H2 title = new H2(getTranslation("registration.received.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.BASELINE);
        add(header);
        if (orgUnits.countVisibleChildren(TenantContext.requireActiveUnitId(), Dates.today()) == 0) {
            Span none = new Span(getTranslation("registration.received.noMembers"));
            none.setId("registration-received-none");
            add(none);
            return;
        }
        if (Access.can(Permission.ROUND_MANAGE)) {
            Button open = new Button(getTranslation("registration.received.open"), e -> openForm());
            open.setId("registration-received-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(open);
        }
        add(body);
        refresh(null);
    }

    private void refresh(Long selected) {
        body.removeAll();
        List<RoundSummary> rounds = sending.myReceivingRounds();
        if (rounds.isEmpty()) {
            body.add(new Span(getTranslation("registration.received.noRound")));
            return;
        }
        Select<RoundSummary> pick = new Select<>();
        pick.setId("registration-received-round");
        pick.setLabel(getTranslation("registration.send.round"));
        pick.setItems(rounds);
        pick.setItemLabelGenerator(r -> r.name() + " (" + Dates.format(r.deadline()) + ")");
        RoundSummary current = rounds.stream()
                .filter(r -> selected != null && r.id() == selected)
                .findFirst()
                .orElse(rounds.getFirst());
        pick.setValue(current);
        pick.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                refresh(e.getValue().id());
            }
        });
        body.add(pick);
        List<BoardRow> board = sending.board(current.id());
        Map<String, Integer> totals = RegistrationSending.totals(board);
        Span total = new Span(
                totals.isEmpty()
                        ? getTranslation("registration.received.noTotals")
                        : getTranslation("registration.received.totals", counts(totals)));
        total.setId("registration-received-totals");
        body.add(total);
        Grid<BoardRow> grid = new Grid<>();
        grid.setId("registration-received-board");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.member().name())
                .setHeader(getTranslation("registration.received.member"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(
                        "registration.received.status." + r.status().name()))
                .setHeader(getTranslation("registration.field.status"));
        grid.addColumn(r -> r.latest() == null ? "" : Dates.format(r.latest().sentAt()))
                .setHeader(getTranslation("registration.send.sentAt"));
        grid.addColumn(r -> r.latest() == null ? "" : counts(r.latest().categoryCounts()))
                .setHeader(getTranslation("registration.send.counts"))
                .setFlexGrow(3);
        grid.addComponentColumn(r -> actions(r, current.id())).setHeader(getTranslation("common.actions"));
        grid.setItems(board);
        body.add(grid);
    }

    private HorizontalLayout actions(BoardRow r, long roundId) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.latest() == null) {
            return actions;
        }
        String code = r.member().code();
        Button view = new Button(
                getTranslation("registration.received.view"),
                e -> showList(r.latest().id()));
        view.setId("registration-received-view-" + code);
        actions.add(view);
        if (r.status() == BoardRow.Status.SENT) {
            Button accept = new Button(
                    getTranslation("registration.received.accept"),
                    e -> Notices.attempt(() -> {
                        submissions.accept(r.latest().id(), r.latest().version());
                        Notices.success(
                                "registration.received.accepted", r.member().name());
                        refresh(roundId);
                    }));
            accept.setId("registration-received-accept-" + code);
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button ret = new Button(getTranslation("registration.received.return"), e -> returnDialog(r, roundId));
            ret.setId("registration-received-return-" + code);
            actions.add(accept, ret);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private void showList(long submissionId) {
        SubmissionDetails details = submissions.details(submissionId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                details.summary().senderName() + " — " + details.summary().title());
        Grid<SubmissionItem> items = new Grid<>();
        items.setId("registration-received-items");
        items.addColumn(SubmissionItem::seq)
                .setHeader(getTranslation("registration.col.tt"))
                .setFlexGrow(0);
        items.addColumn(SubmissionItem::label)
                .setHeader(getTranslation("registration.col.name"))
                .setFlexGrow(2);
        items.addColumn(i -> i.get("position")).setHeader(getTranslation("registration.col.position"));
        items.addColumn(i -> name(i.category())).setHeader(getTranslation("registration.col.titles"));
        items.addColumn(i -> i.get("modelField")).setHeader(getTranslation("registration.col.model"));
        items.setItems(details.items());
        items.setWidth("60em");
        dialog.add(items);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private void returnDialog(BoardRow r, long roundId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("registration.received.return"));
        TextArea reason = new TextArea(getTranslation("registration.received.reason"));
        reason.setId("registration-received-reason");
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(
                getTranslation("registration.received.return"),
                e -> Notices.attempt(() -> {
                    submissions.returnToSender(r.latest().id(), r.latest().version(), reason.getValue());
                    dialog.close();
                    refresh(roundId);
                }));
        confirm.setId("registration-received-return-confirm");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void openForm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("registration.received.open"));
        String year = Dates.schoolYear(Dates.today());
        TextField name = new TextField(getTranslation("registration.field.name"));
        name.setId("registration-received-name");
        name.setWidthFull();
        name.setValue(getTranslation("registration.received.defaultName", year.replace('-', '–')));
        TextField schoolYear = new TextField(getTranslation("registration.field.schoolYear"), year, "");
        schoolYear.setId("registration-received-year");
        DatePicker deadline = new DatePicker(getTranslation("registration.field.deadline"));
        deadline.setId("registration-received-deadline");
        dialog.add(new VerticalLayout(name, schoolYear, deadline));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                RoundSummary opened =
                        sending.openReceivingRound(name.getValue(), schoolYear.getValue(), deadline.getValue());
                Notices.success("common.saved");
                dialog.close();
                refresh(opened.id());
            } catch (ConstraintViolationException ex) {
                deadline.setInvalid(deadline.getValue() == null);
                name.setInvalid(name.getValue().isBlank());
                schoolYear.setInvalid(!schoolYear.getValue().matches("\\d{4}-\\d{4}"));
            } catch (vn.thidua.shared.BusinessException ex) {
                Notices.error(ex);
            }
        });
        save.setId("registration-received-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(c -> name(c.getKey()) + ": " + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private String name(String code) {
        return catalogue.find(code).map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.received.title");
    }
}
