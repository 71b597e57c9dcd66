package vn.thidua.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.nomination.NominationExports;
import vn.thidua.nomination.NominationService;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.FileService;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionService;

/**
 * The receiver's status board of a round: every member unit with its status (chưa gửi / đã gửi – chờ duyệt / trả
 * lại / đã tiếp nhận), sent date and lateness, counts per title, quota used vs allotted; bulk accept; any dossier
 * opens beside the board with its checklist.
 */
@Route("rounds/:roundId/board")
@RolesAllowed(Permission.SUBMISSION_REVIEW)
class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private final SubmissionService submissions;
    private final CatalogueService catalogue;
    private final Grid<BoardRow> grid = new Grid<>();
    private final SubmissionPanel panel;
    private final Span summary = new Span();
    private final SplitLayout split = new SplitLayout();
    private RoundSummary round;

    BoardView(
            RoundService rounds,
            SubmissionService submissions,
            NominationService nominations,
            NominationExports exports,
            FileService files,
            CatalogueService catalogue) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.panel = new SubmissionPanel(submissions, nominations, exports, files, catalogue, this::refresh);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("roundId"))
                .orElseThrow(() -> new NotFoundException("round"));
        round = rounds.get(id);
        build();
    }

    private void build() {
        removeAll();
        H2 title = new H2(round.name());
        title.setId("board-title");
        add(
                title,
                new Span(getTranslation(
                        "board.meta", Dates.format(round.deadline()), round.ownerName(), round.schoolYear())));
        summary.setId("board-summary");
        add(summary);

        grid.setId("board-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(r -> r.member().name())
                .setHeader(getTranslation("board.member"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("board.status"));
        grid.addColumn(r -> r.latest() == null ? "" : Dates.format(r.latest().sentAt()))
                .setHeader(getTranslation("board.sentAt"));
        grid.addColumn(r -> r.latest() == null
                        ? (Dates.today().isAfter(round.deadline()) ? getTranslation("board.overdue") : "")
                        : getTranslation(r.latest().late() ? "board.late" : "board.onTime"))
                .setHeader(getTranslation("board.timeliness"));
        grid.addColumn(r -> r.latest() == null ? "" : String.valueOf(r.latest().versionNo()))
                .setHeader(getTranslation("board.version"))
                .setFlexGrow(0);
        grid.addColumn(this::counts)
                .setHeader(getTranslation("board.counts"))
                .setWidth("14em")
                .setFlexGrow(3)
                .setTooltipGenerator(this::counts);
        grid.addColumn(this::quotaText)
                .setHeader(getTranslation("board.quota"))
                .setWidth("12em")
                .setFlexGrow(2)
                .setTooltipGenerator(this::quotaText);
        if (Access.can(Permission.ROUND_MANAGE) && round.open()) {
            grid.addComponentColumn(r -> {
                        Button b = new Button(getTranslation("board.allot"), e -> allotDialog(r));
                        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        return b;
                    })
                    .setAutoWidth(true);
        }
        grid.addItemClickListener(e -> {
            if (e.getItem().latest() != null) {
                panel.show(e.getItem().latest().id());
                split.setSplitterPosition(50);
            }
        });

        Button acceptSelected = new Button(getTranslation("board.acceptSelected"), e -> {
            List<Long> ids = grid.getSelectedItems().stream()
                    .filter(r -> r.status() == BoardRow.Status.SENT)
                    .map(r -> r.latest().id())
                    .toList();
            if (ids.isEmpty()) {
                Notices.error(new vn.thidua.shared.BusinessException("board.error.nothingSelected"));
                return;
            }
            Notices.attempt(() -> {
                int n = submissions.acceptAll(ids);
                Notices.success("board.acceptedMany", n);
            });
            refresh();
        });
        acceptSelected.setId("board-accept-selected");
        acceptSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(acceptSelected);
        if (!round.ownedByActiveUnit()) {
            toolbar.add(new Span(getTranslation("board.consolidateHint")));
        }
        VerticalLayout left = new VerticalLayout(toolbar, grid);
        left.setPadding(false);
        left.setSizeFull();
        split.addToPrimary(left);
        split.addToSecondary(panel);
        split.setSizeFull();
        split.setSplitterPosition(100); // the dossier opens beside the board when a row is clicked
        add(split);
        refresh();
    }

    private Span statusBadge(BoardRow r) {
        Span badge = new Span(getTranslation("board.status." + r.status().name()));
        String theme =
                switch (r.status()) {
                    case NOT_SENT -> "badge contrast";
                    case SENT -> "badge";
                    case RETURNED -> "badge error";
                    case ACCEPTED -> "badge success";
                };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private String counts(BoardRow r) {
        if (r.latest() == null) {
            return "";
        }
        return r.latest().categoryCounts().entrySet().stream()
                .map(e ->
                        catalogue.find(e.getKey()).map(t -> t.name(getLocale())).orElse(e.getKey()) + ": "
                                + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private String quotaText(BoardRow r) {
        return r.quotas().entrySet().stream()
                .map(e ->
                        catalogue.find(e.getKey()).map(t -> t.name(getLocale())).orElse(e.getKey()) + " "
                                + r.used(e.getKey()) + "/" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private void refresh() {
        List<BoardRow> rows = submissions.board(round.id());
        grid.setItems(rows);
        Map<BoardRow.Status, Long> byStatus = new LinkedHashMap<>();
        for (BoardRow.Status s : BoardRow.Status.values()) {
            byStatus.put(s, rows.stream().filter(r -> r.status() == s).count());
        }
        List<String> parts = new ArrayList<>();
        byStatus.forEach((s, n) -> parts.add(getTranslation("board.status." + s.name()) + ": " + n));
        summary.setText(String.join(" · ", parts));
    }

    private void allotDialog(BoardRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.allot.title", row.member().name()));
        FormLayout form = new FormLayout();
        Map<String, IntegerField> fields = new LinkedHashMap<>();
        for (String code : round.allowedCodes()) {
            AwardTypeSummary type = catalogue.find(code).orElse(null);
            if (type == null || !type.scarce()) {
                continue;
            }
            IntegerField f = new IntegerField(type.name(getLocale()));
            f.setMin(0);
            f.setStepButtonsVisible(true);
            Integer current = row.quotas().get(code);
            if (current != null) {
                f.setValue(current);
            }
            fields.put(code, f);
            form.add(f);
        }
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            boolean ok = Notices.attempt(() -> fields.forEach((code, f) -> {
                if (f.getValue() != null) {
                    rounds.allot(round.id(), row.member().id(), code, f.getValue());
                }
            }));
            if (ok) {
                dialog.close();
                Notices.success("common.saved");
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("round.board") : round.name();
    }
}
