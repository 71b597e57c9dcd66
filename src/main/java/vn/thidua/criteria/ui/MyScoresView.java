package vn.thidua.criteria.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
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
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.FileService;

/**
 * "My score sheet": a person's self-assessment of one period of one of the unit's score sheets — a value per
 * criterion, evidence files per criterion (Vaadin Upload, stored by the file service), save and submit. Only the
 * person's own card is ever shown.
 */
@Route("my-scores")
@Menu(title = "menu.myScores", order = 37, icon = "EDIT")
@RolesAllowed(Permission.SCORE_SELF)
class MyScoresView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringService scoring;
    private final FileService files;
    final Select<ScoreSheetSummary> sheet = new Select<>();
    final Select<Period> period = new Select<>();
    private final VerticalLayout card = new VerticalLayout();
    final Map<String, BigDecimalField> fields = new HashMap<>();
    final Span total = new Span();
    final Span status = new Span();
    final Button save = new Button();
    final Button submit = new Button();

    MyScoresView(ScoringService scoring, ScoreSheetService sheets, FileService files) {
        this.scoring = scoring;
        this.files = files;
        H2 title = new H2(getTranslation("criteria.my.title"));
        title.setId("my-scores-title");
        add(title);
        List<ScoreSheetSummary> list = sheets.list();
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("criteria.my.none"));
            none.setId("my-scores-none");
            add(none);
            return;
        }
        sheet.setId("my-scores-sheet");
        sheet.setLabel(getTranslation("criteria.sheet"));
        sheet.setWidth("28em");
        sheet.setItems(list);
        sheet.setItemLabelGenerator(s -> s.name() + " (" + s.schoolYear() + ")");
        period.setId("my-scores-period");
        period.setLabel(getTranslation("criteria.period"));
        period.setItemLabelGenerator(Period::label);
        sheet.addValueChangeListener(e -> {
            period.setItems(e.getValue().periods());
            // the month in progress when the sheet has it, so a teacher lands on the card she has to fill in
            String month =
                    java.time.YearMonth.from(vn.thidua.shared.Dates.today()).toString();
            period.setValue(e.getValue().periods().stream()
                    .filter(p -> p.code().equals(month))
                    .findFirst()
                    .orElse(e.getValue().periods().getFirst()));
        });
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show();
            }
        });
        card.setPadding(false);
        card.setId("my-scores-card");
        save.setText(getTranslation("common.save"));
        save.setId("my-scores-save");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("criteria.my.submit"));
        submit.setId("my-scores-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        total.setId("my-scores-total");
        status.setId("my-scores-status");
        add(new HorizontalLayout(sheet, period), card);
        sheet.setValue(list.getFirst());
    }

    private void show() {
        ScoreSheetSummary s = sheet.getValue();
        ScoreCardView c = scoring.myCard(s.id(), period.getValue().code());
        card.removeAll();
        fields.clear();
        boolean editable = c.status() == ScoreStatus.DRAFT;
        for (Criterion cr : s.criteria()) {
            ScoreLine line = c.line(cr.code());
            BigDecimalField value = new BigDecimalField(cr.code() + ". " + cr.title());
            value.setId("score-" + cr.code());
            value.setHelperText(Labels.criterionHelp(this, cr));
            value.setValue(line == null ? null : line.selfValue());
            value.setReadOnly(!editable);
            value.setWidth("40em");
            value.setMaxWidth("100%");
            fields.put(cr.code(), value);
            HorizontalLayout row = new HorizontalLayout(value);
            row.setAlignItems(Alignment.BASELINE);
            if (line != null && line.reviewValue() != null) {
                row.add(new Span(getTranslation("criteria.my.adjusted", Labels.plain(line.reviewValue()))));
            }
            Span evidence = line == null || line.evidence().isEmpty()
                    ? new Span(cr.evidenceRequired() ? getTranslation("criteria.my.evidenceNeeded") : "")
                    : Labels.evidence(line.evidence(), files);
            evidence.getElement().setAttribute("title", getTranslation("criteria.my.evidenceTitle"));
            evidence.setId("evidence-" + cr.code());
            row.add(evidence);
            if (editable) {
                Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> attach(cr.code(), metadata.fileName(), bytes));
                    }
                }));
                upload.setMaxFiles(1);
                upload.setDropAllowed(false);
                upload.setUploadButton(new Button(getTranslation("criteria.my.upload")));
                row.add(upload);
            }
            card.add(row);
        }
        total.setText(getTranslation(
                "criteria.my.total",
                Labels.plain(c.selfTotal()),
                Labels.plain(c.total()),
                Labels.plain(s.maxPoints())));
        status.setText(getTranslation("criteria.status." + c.status().name()));
        card.add(new Div(status), new Div(total));
        if (s.reviewDay() != null) {
            Paragraph day = new Paragraph(getTranslation("criteria.my.reviewDay", s.reviewDay()));
            day.setId("my-scores-review-day");
            card.add(day);
        }
        if (c.reviewComment() != null) {
            card.add(new Paragraph(getTranslation("criteria.my.comment", c.reviewedBy(), c.reviewComment())));
        }
        if (editable) {
            card.add(new HorizontalLayout(save, submit));
        }
    }

    /** Saves the values as entered; a rule broken is shown and nothing is written. */
    boolean save() {
        Map<String, BigDecimal> values = new HashMap<>();
        fields.forEach((code, f) -> values.put(code, f.getValue()));
        try {
            scoring.saveSelf(sheet.getValue().id(), period.getValue().code(), values);
        } catch (BusinessException e) {
            Notices.error(e);
            return false;
        }
        Notices.success("criteria.my.saved");
        show();
        return true;
    }

    void attach(String code, String fileName, byte[] bytes) {
        if (save()
                && Notices.attempt(() -> scoring.addEvidence(
                        sheet.getValue().id(), period.getValue().code(), code, fileName, bytes))) {
            show();
        }
    }

    private void submit() {
        if (save()
                && Notices.attempt(() ->
                        scoring.submit(sheet.getValue().id(), period.getValue().code()))) {
            Notices.success("criteria.my.submitted");
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("criteria.my.title");
    }
}
