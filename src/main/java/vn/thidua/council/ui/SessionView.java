package vn.thidua.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.council.AttendeeSummary;
import vn.thidua.council.BallotMode;
import vn.thidua.council.CandidateData;
import vn.thidua.council.CandidateSummary;
import vn.thidua.council.CouncilService;
import vn.thidua.council.SessionDetails;
import vn.thidua.council.SessionStatus;
import vn.thidua.council.SessionSummary;
import vn.thidua.council.Tally;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * One council session: attendance and the quorum of the rule set in force, the candidates (imported from a draft
 * nomination dossier or added by hand) each with its pass rule in words, starting the vote, paper tallies, closing,
 * the results and the minutes (download, attached to the dossier).
 */
@Route("council/sessions/:sessionId")
@RolesAllowed(Permission.COUNCIL_MANAGE)
class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilService council;
    private final CatalogueService catalogue;
    private SessionDetails details;

    SessionView(CouncilService council, CatalogueService catalogue) {
        this.council = council;
        this.catalogue = catalogue;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("sessionId"))
                .orElseThrow(() -> new NotFoundException("council session"));
        details = council.details(id);
        build();
    }

    private void reload() {
        details = council.details(details.summary().id());
        build();
    }

    private void build() {
        removeAll();
        SessionSummary s = details.summary();
        add(new RouterLink(getTranslation("council.back"), CouncilView.class));
        H2 title = new H2(getTranslation("council.session.title", Dates.format(s.date()), s.schoolYear()));
        title.setId("session-title");
        Span status = new Span(getTranslation("council.status." + s.status().name()));
        status.setId("session-status");
        status.getElement()
                .getThemeList()
                .add(
                        switch (s.status()) {
                            case PREPARING -> "badge contrast";
                            case VOTING -> "badge";
                            case CLOSED -> "badge success";
                        });
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head);
        add(new Span(getTranslation(
                "council.session.meta",
                s.startTime() == null ? "" : s.startTime(),
                s.place(),
                details.chairName(),
                details.secretaryName(),
                getTranslation("council.mode." + s.mode().name()))));
        add(new Paragraph(s.agenda()));
        if (s.dossierId() != null) {
            Span dossier = new Span(getTranslation(
                    "council.session.dossier",
                    s.dossierTitle(),
                    getTranslation(s.minutesAttached() ? "council.minutes.attached" : "council.minutes.notAttached")));
            dossier.setId("session-dossier");
            add(dossier);
        }
        add(attendance(s));
        add(candidates(s));
        add(actions(s));
    }

    private Component attendance(SessionSummary s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("council.attendance")));
        Span quorum = new Span(getTranslation(
                details.quorumReached() ? "council.quorum.reached" : "council.quorum.missing",
                s.presentCount(),
                s.memberCount(),
                details.quorumShare(),
                details.quorumNeeded(),
                details.ruleSetName(),
                details.legalBasis() == null ? "" : details.legalBasis()));
        quorum.setId("session-quorum");
        quorum.getElement().getThemeList().add(details.quorumReached() ? "badge success" : "badge error");
        boolean editable = s.status() == SessionStatus.PREPARING;
        Grid<AttendeeSummary> grid = new Grid<>();
        grid.setId("session-attendees");
        grid.addColumn(AttendeeSummary::fullName).setHeader(getTranslation("council.member.name"));
        grid.addColumn(a -> getTranslation("council.role." + a.role().name()))
                .setHeader(getTranslation("council.member.role"));
        grid.addComponentColumn(a -> {
                    Checkbox present = new Checkbox(getTranslation("council.present"), a.present());
                    present.setId("present-" + a.id());
                    present.setReadOnly(!editable);
                    present.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            Notices.attempt(() -> council.setPresent(s.id(), a.id(), e.getValue()));
                            reload();
                        }
                    });
                    return present;
                })
                .setHeader(getTranslation("council.present"));
        if (s.mode() == BallotMode.ONLINE && s.status() != SessionStatus.PREPARING) {
            grid.addColumn(a -> a.voted() ? getTranslation("council.voted") : "")
                    .setHeader(getTranslation("council.voted.header"));
        }
        grid.setItems(details.attendees());
        grid.setAllRowsVisible(true);
        box.add(quorum, grid);
        if (s.mode() == BallotMode.ONLINE && s.status() != SessionStatus.PREPARING) {
            Span cast = new Span(getTranslation("council.ballotsCast", s.ballotsCast(), s.presentCount()));
            cast.setId("session-ballots-cast");
            box.add(cast);
        }
        return box;
    }

    /** The candidate's score and whether they qualify, the conditions as a tooltip. */
    private Component standing(CouncilService.Standing st) {
        if (st == null) {
            return new Span();
        }
        String verdict = st.eligible() == null ? "" : getTranslation(st.eligible() ? "board.yes" : "board.no");
        String score = st.score() == null ? getTranslation("board.noScore") : st.score();
        Span span = new Span(verdict.isEmpty() ? score : score + " — " + verdict);
        if (!st.explanations().isEmpty()) {
            span.setTitle(String.join("\n", st.explanations()));
        }
        return span;
    }

    private Component candidates(SessionSummary s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("council.candidates")));
        boolean paperEntry = s.status() == SessionStatus.VOTING && s.mode() == BallotMode.PAPER;
        boolean showTallies = s.status() == SessionStatus.CLOSED;
        Map<Long, IntegerField[]> fields = new HashMap<>();
        Grid<CandidateSummary> grid = new Grid<>();
        grid.setId("session-candidates");
        grid.addColumn(CandidateSummary::seq)
                .setHeader(getTranslation("council.candidate.seq"))
                .setAutoWidth(true);
        grid.addColumn(CandidateSummary::name).setHeader(getTranslation("council.candidate.name"));
        grid.addColumn(CandidateSummary::awardName).setHeader(getTranslation("council.candidate.award"));
        grid.addColumn(c -> c.proposer() == null ? "" : c.proposer())
                .setHeader(getTranslation("council.candidate.proposer"));
        grid.addColumn(CandidateSummary::ruleWords).setHeader(getTranslation("council.candidate.rule"));
        Map<Long, CouncilService.Standing> standings = council.standings(s.id(), getLocale());
        if (!standings.isEmpty()) {
            grid.addComponentColumn(c -> standing(standings.get(c.id())))
                    .setHeader(getTranslation("council.candidate.standing"))
                    .setKey("standing");
        }
        if (paperEntry) {
            for (int k = 0; k < 3; k++) {
                int col = k;
                grid.addComponentColumn(c -> {
                            IntegerField f =
                                    fields.computeIfAbsent(c.id(), x -> new IntegerField[3])[col] = new IntegerField();
                            f.setId("tally-" + c.id() + "-" + col);
                            f.setMin(0);
                            f.setWidth("5em");
                            f.setValue(col == 0 ? c.yes() : col == 1 ? c.no() : c.other());
                            return f;
                        })
                        .setHeader(getTranslation("council.tally." + col));
            }
        } else if (showTallies) {
            grid.addColumn(CandidateSummary::yes).setHeader(getTranslation("council.tally.0"));
            grid.addColumn(CandidateSummary::no).setHeader(getTranslation("council.tally.1"));
            grid.addColumn(CandidateSummary::other).setHeader(getTranslation("council.tally.2"));
            grid.addColumn(c -> c.yes() + "/" + c.basisCount() + " (" + c.yesPercent() + ")")
                    .setHeader(getTranslation("council.candidate.rate"));
            grid.addColumn(c -> getTranslation(
                            Boolean.TRUE.equals(c.passed()) ? "council.result.passed" : "council.result.failed"))
                    .setHeader(getTranslation("council.candidate.result"));
        }
        if (s.status() == SessionStatus.PREPARING) {
            grid.addComponentColumn(c -> {
                Button remove = new Button(getTranslation("council.member.remove"), e -> {
                    Notices.attempt(() -> council.removeCandidate(c.id()));
                    reload();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            });
        }
        grid.setItems(details.candidates());
        grid.setAllRowsVisible(true);
        box.add(grid);
        if (paperEntry) {
            Button save = new Button(getTranslation("council.tally.save"), e -> {
                List<Tally> tallies = new ArrayList<>();
                for (CandidateSummary c : details.candidates()) {
                    IntegerField[] f = fields.get(c.id());
                    if (f == null) {
                        continue;
                    }
                    tallies.add(new Tally(c.id(), value(f[0]), value(f[1]), value(f[2])));
                }
                if (Notices.attempt(() -> council.enterTallies(s.id(), tallies))) {
                    Notices.success("council.saved");
                    reload();
                }
            });
            save.setId("session-save-tallies");
            box.add(save);
        }
        if (s.status() == SessionStatus.PREPARING) {
            box.add(importRow(s), addRow(s));
        }
        return box;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private Component importRow(SessionSummary s) {
        Select<DossierSummary> dossier = new Select<>();
        dossier.setId("session-import-dossier");
        dossier.setLabel(getTranslation("council.import.dossier"));
        dossier.setItemLabelGenerator(d -> d.title() + " (" + d.nomineeCount() + ")");
        dossier.setWidth("32em");
        if (Access.can(Permission.SUBMISSION_PREPARE)) {
            List<DossierSummary> list = council.importableDossiers();
            dossier.setItems(list);
            list.stream()
                    .filter(d -> s.dossierId() != null && d.id() == s.dossierId())
                    .findFirst()
                    .ifPresent(dossier::setValue);
        }
        Button importButton = new Button(getTranslation("council.import"), e -> {
            if (dossier.getValue() == null) {
                return;
            }
            int[] n = new int[1];
            if (Notices.attempt(() ->
                    n[0] = council.importNominees(s.id(), dossier.getValue().id()))) {
                Notices.success("council.imported", n[0]);
                reload();
            }
        });
        importButton.setId("session-import");
        HorizontalLayout row = new HorizontalLayout(dossier, importButton);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component addRow(SessionSummary s) {
        TextField name = new TextField(getTranslation("council.candidate.name"));
        name.setId("session-add-name");
        ComboBox<AwardTypeSummary> award = new ComboBox<>(getTranslation("council.candidate.award"));
        award.setId("session-add-award");
        award.setItems(catalogue.awardTypes(s.date()));
        award.setItemLabelGenerator(a -> a.name(getLocale()));
        award.setWidth("20em");
        TextField proposer = new TextField(getTranslation("council.candidate.proposer"));
        proposer.setId("session-add-proposer");
        Button add = new Button(getTranslation("council.candidate.add"), e -> {
            if (name.getValue().isBlank() || award.getValue() == null) {
                Notices.error(new BusinessException("council.candidate.error.required"));
                return;
            }
            if (Notices.attempt(() -> council.addCandidate(
                    s.id(), new CandidateData(name.getValue(), award.getValue().code(), proposer.getValue())))) {
                reload();
            }
        });
        add.setId("session-add-candidate");
        HorizontalLayout row = new HorizontalLayout(name, award, proposer, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component actions(SessionSummary s) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("session-actions");
        switch (s.status()) {
            case PREPARING -> {
                Select<BallotMode> mode = new Select<>();
                mode.setId("session-mode");
                mode.setItems(BallotMode.values());
                mode.setItemLabelGenerator(m -> getTranslation("council.mode." + m.name()));
                mode.setValue(s.mode());
                mode.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        Notices.attempt(() -> council.setMode(s.id(), e.getValue()));
                        reload();
                    }
                });
                Button start = new Button(getTranslation("council.startVoting"), e -> {
                    if (Notices.attempt(() -> council.startVoting(s.id()))) {
                        Notices.success("council.votingStarted");
                        reload();
                    }
                });
                start.setId("session-start");
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(mode, start);
            }
            case VOTING -> {
                Button close = new Button(getTranslation("council.close"), e -> {
                    if (Notices.attempt(() -> council.close(s.id()))) {
                        Notices.success("council.closed");
                        reload();
                    }
                });
                close.setId("session-close");
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                bar.add(close);
            }
            case CLOSED -> {
                var download = Notices.download(
                        getTranslation("council.minutes.download"),
                        CouncilService.minutesFileName(s.id()),
                        Notices.DOCX,
                        () -> council.minutesDocx(s.id()));
                download.setId("session-minutes");
                bar.add(download);
                if (s.dossierId() != null && Access.can(Permission.SUBMISSION_PREPARE)) {
                    Button attach = new Button(getTranslation("council.minutes.attach"), e -> {
                        if (Notices.attempt(() -> council.attachMinutes(s.id()))) {
                            Notices.success("council.minutes.attachedNotice");
                            reload();
                        }
                    });
                    attach.setId("session-attach");
                    bar.add(attach);
                }
                Span passed = new Span(getTranslation(
                        "council.passedCount",
                        details.passed().size(),
                        details.candidates().size()));
                passed.setId("session-passed");
                bar.add(passed);
            }
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("council.title")
                : getTranslation(
                        "council.session.title",
                        Dates.format(details.summary().date()),
                        details.summary().schoolYear());
    }
}
