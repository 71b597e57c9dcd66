package vn.thidua.exemplar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.thidua.exemplar.ConferenceProposal;
import vn.thidua.exemplar.ConferenceService;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.SentProposal;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/**
 * The advanced-models conference: the upper unit opens its round and sees the proposals of its members (accepts,
 * honours, returns one with a reason, downloads each tờ trình); a member unit proposes exemplars of its registry to
 * the rounds of the units above it with a tờ trình it can preview as DOCX, and sees what it sent and what became of
 * it (a return with its reason).
 */
@Route("exemplars/conference")
@RolesAllowed(Permission.UNIT_VIEW)
class ConferenceView extends VerticalLayout implements HasDynamicTitle {

    private final ConferenceService conference;
    private final ExemplarService exemplars;
    private final SubmissionService submissions;

    private final boolean hasMembers;

    /** Characters of a tờ trình shown in the grid (the whole text is its tooltip and DOCX). */
    static final int STATEMENT_SHOWN = 80;

    ConferenceView(
            ConferenceService conference,
            ExemplarService exemplars,
            SubmissionService submissions,
            vn.thidua.exemplar.ExemplarDashboard dashboard) {
        this.hasMembers = dashboard.hasMembers();
        this.conference = conference;
        this.exemplars = exemplars;
        this.submissions = submissions;
        setWidthFull();
        build();
    }

    private void build() {
        removeAll();
        add(new RouterLink(getTranslation("exemplar.back"), ExemplarsView.class));
        H2 title = new H2(getTranslation("conference.title"));
        title.setId("conference-title");
        add(title);
        if (Access.can(Permission.ROUND_MANAGE) && hasMembers) { // a conference gathers the member units' exemplars
            add(openForm());
        }
        if (Access.can(Permission.SUBMISSION_REVIEW)) {
            for (RoundSummary r : conference.myRounds()) {
                add(new H3(r.name()), received(r));
            }
        }
        if (Access.can(Permission.REGISTRATION_MANAGE)
                && Access.can(Permission.SUBMISSION_SEND)
                && Access.can(Permission.SUBMISSION_PREPARE)) {
            for (RoundSummary r : conference.roundsAbove()) {
                add(
                        new H3(getTranslation(
                                "conference.propose.to", r.name(), r.ownerName(), Dates.format(r.deadline()))),
                        proposeForm(r));
            }
        }
    }

    private Component openForm() {
        TextField name = new TextField(getTranslation("conference.round.name"));
        name.setId("conference-round-name");
        name.setWidth("28em");
        IntegerField start = new IntegerField(getTranslation("conference.round.start"));
        start.setValue(2026);
        IntegerField end = new IntegerField(getTranslation("conference.round.end"));
        end.setValue(2030);
        DatePicker deadline = new DatePicker(getTranslation("conference.round.deadline"));
        deadline.setId("conference-round-deadline");
        Button open = new Button(getTranslation("conference.round.open"), e -> {
            if (Notices.attempt(() -> conference.openRound(
                    name.getValue(),
                    start.getValue() == null ? 0 : start.getValue(),
                    end.getValue() == null ? 0 : end.getValue(),
                    deadline.getValue(),
                    null))) {
                build();
            }
        });
        open.setId("conference-round-open");
        HorizontalLayout row = new HorizontalLayout(name, start, end, deadline, open);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component received(RoundSummary round) {
        TextField text = new TextField(getTranslation("conference.honour.text"));
        text.setId("conference-honour-text-" + round.id());
        text.setWidth("40em");
        text.setValue(getTranslation("conference.honour.default", round.name()));
        DatePicker date = new DatePicker(getTranslation("conference.honour.date"), Dates.today());
        Grid<ConferenceProposal> grid = new Grid<>();
        grid.setId("conference-proposals-" + round.id());
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ConferenceProposal::senderName).setHeader(getTranslation("conference.col.unit"));
        grid.addColumn(ConferenceProposal::name).setHeader(getTranslation("conference.col.name"));
        grid.addColumn(p -> p.story() + (p.achievements().isEmpty() ? "" : " — " + p.achievements()))
                .setHeader(getTranslation("conference.col.story"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.statement().length() <= STATEMENT_SHOWN
                        ? p.statement()
                        : p.statement().substring(0, STATEMENT_SHOWN).strip() + "…")
                .setTooltipGenerator(ConferenceProposal::statement) // the whole text; the DOCX below it
                .setHeader(getTranslation("conference.col.statement"));
        grid.addColumn(p -> p.honoured()
                        ? p.honourText()
                        : getTranslation("conference.status." + p.status().name())
                                + (p.returnReason() == null ? "" : ": " + p.returnReason()))
                .setHeader(getTranslation("conference.col.status"))
                .setFlexGrow(2);
        List<ConferenceProposal> rows = conference.proposals(round.id());
        Set<Long> honouredIn = rows.stream()
                .filter(ConferenceProposal::honoured)
                .map(ConferenceProposal::inboxSubmissionId)
                .collect(Collectors.toSet());
        grid.addComponentColumn(p -> {
                    HorizontalLayout actions = new HorizontalLayout();
                    String suffix = p.inboxSubmissionId() + "-" + p.exemplarId();
                    if (p.status() == SubmissionStatus.SENT) {
                        Button accept = new Button(getTranslation("conference.accept"), e -> {
                            if (Notices.attempt(() -> submissions.accept(p.inboxSubmissionId(), p.inboxVersion()))) {
                                build();
                            }
                        });
                        accept.setId("conference-accept-" + suffix);
                        actions.add(accept);
                    }
                    if (!p.honoured() && p.status() != SubmissionStatus.RETURNED) {
                        Button honour = new Button(getTranslation("conference.honour"), e -> {
                            if (Notices.attempt(() -> conference.honour(
                                    round.id(),
                                    p.inboxSubmissionId(),
                                    p.exemplarId(),
                                    text.getValue(),
                                    date.getValue()))) {
                                build();
                            }
                        });
                        honour.setId("conference-honour-" + suffix);
                        actions.add(honour);
                    }
                    if (p.status() == SubmissionStatus.SENT && !honouredIn.contains(p.inboxSubmissionId())) {
                        Button back = new Button(getTranslation("conference.return"), e -> returnDialog(round, p));
                        back.setId("conference-return-" + suffix);
                        back.addThemeVariants(ButtonVariant.LUMO_ERROR);
                        actions.add(back);
                    }
                    return actions;
                })
                .setKey("actions")
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new HorizontalLayout(text, date), grid);
        box.setPadding(false);
        if (rows.isEmpty()) {
            box.add(new Span(getTranslation("conference.none")));
        } else {
            box.add(receivedStatements(round, rows));
        }
        return box;
    }

    /** One download of the tờ trình per received proposal (the latest version of each unit). */
    private Component receivedStatements(RoundSummary round, List<ConferenceProposal> rows) {
        Div links = new Div();
        links.setId("conference-statements-" + round.id());
        Map<Long, ConferenceProposal> bySubmission = new LinkedHashMap<>();
        rows.forEach(p -> bySubmission.putIfAbsent(p.inboxSubmissionId(), p));
        for (ConferenceProposal p : bySubmission.values()) {
            Anchor link = statementLink(
                    getTranslation("conference.statement.received", p.senderName()), p.inboxSubmissionId());
            link.setId("conference-statement-" + p.inboxSubmissionId());
            links.add(new Div(link));
        }
        return links;
    }

    private Anchor statementLink(String text, long submissionId) {
        return Notices.download(text, "to-trinh-dien-hinh-tien-tien.docx", Notices.DOCX, () -> conference
                .statementFile(submissionId)
                .bytes());
    }

    /** Returns the proposal (all its exemplars) to the unit that sent it, with a reason required. */
    private void returnDialog(RoundSummary round, ConferenceProposal p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("conference.return.title", p.senderName()));
        Paragraph help = new Paragraph(getTranslation("conference.return.help"));
        TextArea reason = new TextArea(getTranslation("conference.return.reason"));
        reason.setId("conference-return-reason");
        reason.setWidth("32em");
        reason.setMinHeight("8em");
        reason.setRequired(true);
        dialog.add(new VerticalLayout(help, reason));
        Button confirm = new Button(getTranslation("conference.return"), e -> {
            try {
                conference.returnProposal(round.id(), p.inboxSubmissionId(), p.inboxVersion(), reason.getValue());
                dialog.close();
                Notices.success("conference.returned", p.senderName());
                build();
            } catch (BusinessException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        confirm.setId("conference-return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component proposeForm(RoundSummary round) {
        List<ExemplarSummary> mine = exemplars.phases().stream()
                .flatMap(p -> exemplars.exemplars(p.id()).stream())
                .toList();
        MultiSelectComboBox<ExemplarSummary> pick =
                new MultiSelectComboBox<>(getTranslation("conference.propose.pick"));
        pick.setId("conference-propose-pick-" + round.id());
        pick.setItems(mine);
        pick.setItemLabelGenerator(ExemplarSummary::name);
        pick.setWidth("28em");
        TextArea statement = new TextArea(getTranslation("conference.propose.statement"));
        statement.setId("conference-propose-statement-" + round.id());
        statement.setWidthFull();
        statement.setValueChangeMode(ValueChangeMode.LAZY);
        Anchor preview = Notices.download(
                getTranslation("conference.propose.preview"),
                "to-trinh-dien-hinh-tien-tien.docx",
                Notices.DOCX,
                () -> conference.statementDocx(
                        round.id(),
                        pick.getValue().stream().map(ExemplarSummary::id).toList(),
                        statement.getValue()));
        preview.setId("conference-propose-preview-" + round.id());
        Runnable ready = () -> preview.setEnabled(
                !pick.getValue().isEmpty() && !statement.getValue().isBlank());
        pick.addValueChangeListener(e -> ready.run());
        statement.addValueChangeListener(e -> ready.run());
        ready.run();
        String key = UUID.randomUUID().toString();
        Button send = new Button(getTranslation("conference.propose.send"), e -> {
            if (Notices.attempt(() -> conference.propose(
                    round.id(),
                    pick.getValue().stream().map(ExemplarSummary::id).toList(),
                    statement.getValue(),
                    key))) {
                Notices.success("conference.propose.sent");
                build();
            }
        });
        send.setId("conference-propose-send-" + round.id());
        VerticalLayout box = new VerticalLayout(pick, statement, new Div(preview), send);
        box.setPadding(false);
        List<SentProposal> sent = conference.sent(round.id());
        if (!sent.isEmpty()) {
            box.addComponentAsFirst(sentList(round, sent));
        }
        return box;
    }

    /** The versions sent to the round: status, and for a returned one who returned it, when and why. */
    private Component sentList(RoundSummary round, List<SentProposal> sent) {
        Div list = new Div();
        list.setId("conference-sent-" + round.id());
        for (SentProposal p : sent) {
            SubmissionSummary s = p.submission();
            String line = getTranslation(
                    "conference.sent.line",
                    s.versionNo(),
                    Dates.format(s.sentAt()),
                    String.join(", ", p.exemplarNames()),
                    getTranslation("conference.status." + s.status().name()));
            if (s.status() == SubmissionStatus.RETURNED) {
                line += " "
                        + getTranslation(
                                "conference.sent.returned",
                                s.decidedBy(),
                                Dates.format(s.decidedAt()),
                                s.returnReason());
            }
            Paragraph status = new Paragraph(line);
            status.setId("conference-sent-status-" + s.id());
            Anchor link = statementLink(getTranslation("conference.statement.sent", s.versionNo()), s.id());
            link.setId("conference-sent-statement-" + s.id());
            list.add(new Div(status, link));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conference.title");
    }
}
