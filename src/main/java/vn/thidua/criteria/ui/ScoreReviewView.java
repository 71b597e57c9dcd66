package vn.thidua.criteria.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Period;
import vn.thidua.criteria.ScoreCardView;
import vn.thidua.criteria.ScoreLine;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoreSheetSummary;
import vn.thidua.criteria.ScoreStatus;
import vn.thidua.criteria.ScoringService;
import vn.thidua.criteria.YearResult;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.submission.FileService;

/**
 * Review and ranking of one of the unit's score sheets: the year ranking (score, band, rank; XLSX export), the cards
 * of a period, and for the selected card the reviewer's adjustment with a comment (tổ / thư ký) and the board's
 * confirmation (BGH). {@code score-review/{sheetId}} opens a sheet; another unit's id is "not found".
 */
@Route("score-review")
@RouteAlias("score-review/:sheetId")
@Menu(title = "menu.scoreReview", order = 38, icon = "CHECK_SQUARE_O")
@RolesAllowed(Permission.SCORE_REVIEW)
class ScoreReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringService scoring;
    private final ScoreSheetService sheets;
    private final FileService files;
    private ScoreSheetSummary sheet;
    final Grid<YearResult> ranking = new Grid<>();
    final Select<Period> period = new Select<>();
    final Grid<ScoreCardView> cards = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    final Map<String, BigDecimalField> adjust = new HashMap<>();
    final TextArea comment = new TextArea();
    final Button review = new Button();
    final Button confirm = new Button();
    private ScoreCardView current;

    ScoreReviewView(ScoringService scoring, ScoreSheetService sheets, FileService files) {
        this.scoring = scoring;
        this.sheets = sheets;
        this.files = files;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H2 title = new H2(getTranslation("criteria.review.title"));
        title.setId("score-review-title");
        add(title);
        var raw = event.getRouteParameters().get("sheetId");
        if (raw.isPresent()) {
            long id = RouteIds.parse(raw).orElseThrow(() -> new NotFoundException("score sheet"));
            sheet = sheets.get(id);
        } else {
            List<ScoreSheetSummary> list = sheets.list();
            if (list.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("criteria.review.none"));
                none.setId("score-review-none");
                add(none);
                return;
            }
            sheet = list.getFirst();
        }
        build(sheets.list());
    }

    private void build(List<ScoreSheetSummary> all) {
        Select<ScoreSheetSummary> choose = new Select<>();
        choose.setId("score-review-sheet");
        choose.setLabel(getTranslation("criteria.sheet"));
        choose.setItems(all);
        choose.setItemLabelGenerator(s -> s.name() + " (" + s.schoolYear() + ")");
        all.stream().filter(s -> s.id() == sheet.id()).findFirst().ifPresent(choose::setValue);
        choose.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(
                                ui -> ui.navigate("score-review/" + e.getValue().id()));
            }
        });
        add(choose);

        add(new H3(getTranslation("criteria.review.ranking")));
        ranking.setId("score-review-ranking");
        ranking.addColumn(YearResult::rank)
                .setHeader(getTranslation("criteria.col.rank"))
                .setAutoWidth(true);
        ranking.addColumn(YearResult::personName)
                .setHeader(getTranslation("criteria.col.name"))
                .setAutoWidth(true);
        ranking.addColumn(r -> Labels.plain(r.total())).setHeader(getTranslation("criteria.col.total"));
        ranking.addColumn(YearResult::band).setHeader(getTranslation("criteria.col.band"));
        ranking.addColumn(r -> r.periodsRecorded() + "/" + r.periodsTotal())
                .setHeader(getTranslation("criteria.col.periods"));
        ranking.addColumn(r -> getTranslation(r.allConfirmed() ? "criteria.col.confirmed" : "criteria.col.pending"))
                .setHeader(getTranslation("criteria.col.state"));
        ranking.setAllRowsVisible(true);
        ranking.setItems(scoring.ranking(sheet.id()));
        var export = Notices.download(
                getTranslation("criteria.review.export"),
                "xep-hang-thi-dua.xlsx",
                Notices.XLSX,
                () -> scoring.exportRanking(
                        sheet.id(),
                        List.of(sheet.name() + " — " + sheet.schoolYear()),
                        List.of(
                                getTranslation("criteria.col.rank"),
                                getTranslation("criteria.col.name"),
                                getTranslation("criteria.col.total"),
                                getTranslation("criteria.col.band"),
                                getTranslation("criteria.col.periods"))));
        export.setId("score-review-export");
        add(ranking, export);

        add(new H3(getTranslation("criteria.review.cards")));
        period.setId("score-review-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItems(sheet.periods());
        period.setItemLabelGenerator(Period::label);
        cards.setId("score-review-cards");
        cards.addColumn(ScoreCardView::personName)
                .setHeader(getTranslation("criteria.col.name"))
                .setAutoWidth(true);
        cards.addColumn(c -> getTranslation("criteria.status." + c.status().name()))
                .setHeader(getTranslation("criteria.col.state"));
        cards.addColumn(c -> Labels.plain(c.selfTotal())).setHeader(getTranslation("criteria.col.selfTotal"));
        cards.addColumn(c -> Labels.plain(c.total())).setHeader(getTranslation("criteria.col.total"));
        cards.setAllRowsVisible(true);
        cards.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                cards.setItems(scoring.cards(sheet.id(), e.getValue().code()));
                detail.removeAll();
            }
        });
        detail.setPadding(false);
        detail.setId("score-review-detail");
        add(period, cards, detail);
        sheet.periods().stream()
                .filter(p -> !scoring.cards(sheet.id(), p.code()).isEmpty())
                .reduce((a, b) -> b)
                .or(() -> sheet.periods().stream().findFirst())
                .ifPresent(period::setValue);
    }

    void open(ScoreCardView c) {
        current = c;
        detail.removeAll();
        adjust.clear();
        detail.add(new H3(c.personName() + " — " + sheet.period(c.periodCode()).label()));
        boolean open = c.status() == ScoreStatus.SUBMITTED || c.status() == ScoreStatus.REVIEWED;
        for (Criterion cr : sheet.criteria()) {
            ScoreLine l = c.line(cr.code());
            BigDecimalField f = new BigDecimalField(cr.code() + ". " + cr.title());
            f.setId("adjust-" + cr.code());
            f.setWidth("22em");
            f.setHelperText(Labels.criterionHelp(this, cr) + " · "
                    + getTranslation("criteria.review.self", l == null ? "" : Labels.plain(l.selfValue())));
            f.setValue(l == null ? null : l.effectiveValue());
            f.setReadOnly(!open);
            adjust.put(cr.code(), f);
            Span evidence = l == null ? new Span() : Labels.evidence(l.evidence(), files);
            evidence.setId("review-evidence-" + cr.code());
            HorizontalLayout row = new HorizontalLayout(f, evidence);
            row.setAlignItems(Alignment.BASELINE);
            detail.add(row);
        }
        comment.setId("score-review-comment");
        comment.setLabel(getTranslation("criteria.review.comment"));
        comment.setValue(c.reviewComment() == null ? "" : c.reviewComment());
        comment.setWidth("40em");
        comment.setReadOnly(!open);
        review.setText(getTranslation("criteria.review.save"));
        review.setId("score-review-save");
        review.addClickListener(e -> review());
        confirm.setText(getTranslation("criteria.review.confirm"));
        confirm.setId("score-review-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        detail.add(comment);
        if (open) {
            HorizontalLayout buttons = new HorizontalLayout(review);
            if (CurrentUser.require().can(Permission.SCORE_CONFIRM)) {
                buttons.add(confirm);
            }
            detail.add(buttons);
        } else {
            detail.add(new Span(getTranslation("criteria.status." + c.status().name())));
        }
    }

    void review() {
        Map<String, BigDecimal> values = new HashMap<>();
        adjust.forEach((code, f) -> values.put(code, f.getValue()));
        try {
            scoring.review(current.id(), current.version(), values, comment.getValue());
        } catch (BusinessException e) {
            Notices.error(e);
            return;
        }
        Notices.success("criteria.review.saved");
        refresh();
    }

    void confirm() {
        if (Notices.attempt(() -> scoring.confirm(current.id(), current.version()))) {
            Notices.success("criteria.review.confirmed");
            refresh();
        }
    }

    private void refresh() {
        long id = current.id();
        ranking.setItems(scoring.ranking(sheet.id()));
        List<ScoreCardView> list = scoring.cards(sheet.id(), period.getValue().code());
        cards.setItems(list);
        list.stream().filter(c -> c.id() == id).findFirst().ifPresent(this::open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("criteria.review.title");
    }
}
