package vn.thidua.exemplar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import vn.thidua.exemplar.ConferenceProposal;
import vn.thidua.exemplar.ConferenceService;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;

/**
 * The advanced-models conference: the upper unit opens its round and sees the proposals of its members (accepts,
 * honours); a member unit proposes exemplars of its registry to the rounds of the units above it with a tờ trình.
 */
@Route("exemplars/conference")
@RolesAllowed(Permission.UNIT_VIEW)
class ConferenceView extends VerticalLayout implements HasDynamicTitle {

    private final ConferenceService conference;
    private final ExemplarService exemplars;
    private final SubmissionService submissions;

    ConferenceView(ConferenceService conference, ExemplarService exemplars, SubmissionService submissions) {
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
        if (Access.can(Permission.ROUND_MANAGE)) {
            add(openForm());
        }
        if (Access.can(Permission.SUBMISSION_REVIEW)) {
            for (RoundSummary r : conference.myRounds()) {
                add(new H3(r.name()), received(r));
            }
        }
        if (Access.can(Permission.REGISTRATION_MANAGE) && Access.can(Permission.SUBMISSION_SEND)) {
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
        return row;
    }

    private Component received(RoundSummary round) {
        TextField text = new TextField(getTranslation("conference.honour.text"));
        text.setId("conference-honour-text");
        text.setWidth("40em");
        text.setValue(getTranslation("conference.honour.default", round.name()));
        DatePicker date = new DatePicker(getTranslation("conference.honour.date"), Dates.today());
        Grid<ConferenceProposal> grid = new Grid<>();
        grid.setId("conference-proposals-" + round.id());
        grid.addColumn(ConferenceProposal::senderName).setHeader(getTranslation("conference.col.unit"));
        grid.addColumn(ConferenceProposal::name).setHeader(getTranslation("conference.col.name"));
        grid.addColumn(p -> p.story() + (p.achievements().isEmpty() ? "" : " — " + p.achievements()))
                .setHeader(getTranslation("conference.col.story"))
                .setFlexGrow(3);
        grid.addColumn(ConferenceProposal::statement).setHeader(getTranslation("conference.col.statement"));
        grid.addColumn(p -> p.honoured()
                        ? p.honourText()
                        : getTranslation("conference.status." + p.status().name()))
                .setHeader(getTranslation("conference.col.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (p.status() == SubmissionStatus.SENT) {
                actions.add(new Button(getTranslation("conference.accept"), e -> {
                    if (Notices.attempt(() -> submissions.accept(p.inboxSubmissionId(), p.inboxVersion()))) {
                        build();
                    }
                }));
            }
            if (!p.honoured() && p.status() != SubmissionStatus.RETURNED) {
                actions.add(new Button(getTranslation("conference.honour"), e -> {
                    if (Notices.attempt(() -> conference.honour(
                            round.id(), p.inboxSubmissionId(), p.exemplarId(), text.getValue(), date.getValue()))) {
                        build();
                    }
                }));
            }
            return actions;
        });
        List<ConferenceProposal> rows = conference.proposals(round.id());
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new HorizontalLayout(text, date), grid);
        box.setPadding(false);
        if (rows.isEmpty()) {
            box.add(new Span(getTranslation("conference.none")));
        }
        return box;
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
        statement.setId("conference-propose-statement");
        statement.setWidthFull();
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
        send.setId("conference-propose-send");
        VerticalLayout box = new VerticalLayout(pick, statement, send);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conference.title");
    }
}
