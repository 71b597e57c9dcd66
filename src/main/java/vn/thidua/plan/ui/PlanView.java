package vn.thidua.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.plan.Milestone;
import vn.thidua.plan.MovementService;
import vn.thidua.plan.MovementStatus;
import vn.thidua.plan.MovementSummary;
import vn.thidua.plan.PlanAnnex;
import vn.thidua.plan.PlanBasis;
import vn.thidua.plan.PlanContent;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanDetails;
import vn.thidua.plan.PlanExports;
import vn.thidua.plan.PlanSection;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.PlanSummary;
import vn.thidua.plan.PlanTemplateService;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * One plan. A draft of the active unit is edited here part by part (header, căn cứ, sections, timeline, annexes,
 * Nơi nhận, signature) and issued; an issued plan — the unit's own or one it may read — shows as the document itself,
 * with DOCX/PDF, "Tạo kế hoạch thực hiện", amendment, and the board of member units that have or have not issued
 * their implementing plan.
 */
@Route("plans/:planId")
@RolesAllowed(Permission.PLAN_VIEW)
class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> SIGNER_PREFIXES = List.of("", "KT.", "TM.", "TL.", "TUQ.", "Q.");
    private static final String CELL_SEPARATOR = "|";

    private final PlanService plans;
    private final PlanExports exports;
    private final PlanTemplateService templates;
    private final MovementService movements;
    private PlanDetails details;

    // editor state of a draft
    private final ComboBox<MovementSummary> movement = new ComboBox<>();
    private final Checkbox council = new Checkbox();
    private final DatePicker issueDate = new DatePicker();
    private final TextField place = new TextField();
    private final TextField draftingUnit = new TextField();
    private final TextField parentBody = new TextField();
    private final TextField issuerName = new TextField();
    private final TextArea subject = new TextArea();
    private final TextField schoolYear = new TextField();
    private final Select<String> signerPrefix = new Select<>();
    private final TextField signerTitle = new TextField();
    private final TextField signerSubtitle = new TextField();
    private final TextField signerName = new TextField();
    private final TextArea recipients = new TextArea();
    private final TextField timelineHeading = new TextField();
    private final Select<Integer> timelineAfter = new Select<>();
    private final List<BasisRow> bases = new ArrayList<>();
    private final List<SectionRow> sections = new ArrayList<>();
    private final List<MilestoneRow> timeline = new ArrayList<>();
    private final List<AnnexRow> annexes = new ArrayList<>();
    private final VerticalLayout basesBox = box();
    private final VerticalLayout sectionsBox = box();
    private final VerticalLayout timelineBox = box();
    private final VerticalLayout annexesBox = box();

    PlanView(PlanService plans, PlanExports exports, PlanTemplateService templates, MovementService movements) {
        this.plans = plans;
        this.exports = exports;
        this.templates = templates;
        this.movements = movements;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("planId"))
                .orElseThrow(() -> new NotFoundException("plan"));
        details = plans.get(id);
        build();
    }

    private void reload() {
        details = plans.get(details.summary().id());
        build();
    }

    private boolean editable() {
        return details.own() && details.summary().status() == PlanStatus.DRAFT && Access.can(Permission.PLAN_MANAGE);
    }

    private void build() {
        removeAll();
        PlanSummary s = details.summary();
        H2 title = new H2(
                s.issued() ? getTranslation("plan.issuedTitle", s.numberText()) : getTranslation("plan.draftTitle"));
        title.setId("plan-title");
        Span status = new Span(PlanLabels.status(this, s));
        status.getElement().getThemeList().add(s.issued() ? "badge success" : "badge contrast");
        status.setId("plan-status");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head);
        add(new Span(getTranslation("plan.issuedBy", s.unitName())));
        if (details.parent() != null) {
            Anchor parent = new Anchor(
                    "plans/" + details.parent().id(),
                    getTranslation(
                            "plan.implements",
                            details.parent().numberText(),
                            Dates.format(details.parent().issueDate()),
                            details.parent().unitName()));
            parent.setId("plan-parent-link");
            add(parent);
        }
        if (details.movementName() != null) {
            add(new Span(getTranslation("plan.inMovement", details.movementName())));
        }
        if (s.amendedById() != null) {
            add(new Anchor("plans/" + s.amendedById(), getTranslation("plan.amendedBy")));
        }
        if (s.amendsPlanId() != null) {
            add(new Anchor("plans/" + s.amendsPlanId(), getTranslation("plan.amends")));
        }
        add(actions());
        if (editable()) {
            add(editor());
        } else {
            Div page = new Div(new Html(exports.previewHtml(s.id())));
            page.setId("plan-document");
            page.setWidthFull();
            add(page);
            if (details.own() && s.issued()) {
                add(new MemberBoard(plans, s));
            }
        }
    }

    private HorizontalLayout actions() {
        PlanSummary s = details.summary();
        boolean manage = Access.can(Permission.PLAN_MANAGE);
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        if (editable()) {
            Button save = new Button(getTranslation("common.save"), e -> {
                if (save()) {
                    Notices.success("plan.saved");
                    reload();
                }
            });
            save.setId("plan-save");
            Button issue = new Button(getTranslation("plan.issue"), e -> issueDialog());
            issue.setId("plan-issue");
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button preview = new Button(getTranslation("plan.preview"), VaadinIcon.PRINT.create(), e -> {
                if (save()) {
                    previewDialog();
                }
            });
            preview.setId("plan-preview");
            Button delete = new Button(getTranslation("plan.deleteDraft"), e -> {
                if (Notices.attempt(
                        () -> plans.deleteDraft(s.id(), details.data().version()))) {
                    getUI().ifPresent(ui -> ui.navigate("plans"));
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            bar.add(save, issue, preview);
            bar.add(saveAsTemplateButton());
            bar.add(delete);
        }
        String file = exports.fileName(s.id());
        Anchor docx = Notices.download(
                getTranslation("plan.downloadDocx"), file + ".docx", Notices.DOCX, () -> exports.docx(s.id()));
        docx.setId("plan-docx");
        Anchor pdf = Notices.download(
                getTranslation("plan.downloadPdf"), file + ".pdf", Notices.PDF, () -> exports.pdf(s.id()));
        pdf.setId("plan-pdf");
        bar.add(docx, pdf);
        if (!details.own() && s.issued()) {
            plans.ownPlans().stream()
                    .filter(own -> own.parentPlanId() != null && own.parentPlanId() == s.id())
                    .forEach(own -> {
                        Anchor mine = new Anchor(
                                "plans/" + own.id(),
                                getTranslation("plan.ownImplementing", PlanLabels.number(this, own)));
                        mine.addClassName("plan-own-implementing");
                        bar.add(mine);
                    });
        }
        if (manage && !details.own() && s.issued()) {
            Button derive = new Button(getTranslation("plan.derive"), e -> {
                long[] id = new long[1];
                if (Notices.attempt(() -> id[0] = plans.deriveFrom(s.id()))) {
                    getUI().ifPresent(ui -> ui.navigate("plans/" + id[0]));
                }
            });
            derive.setId("plan-derive");
            derive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(derive);
        }
        if (manage && details.own() && s.status() == PlanStatus.ISSUED) {
            Button amend = new Button(getTranslation("plan.amend"), e -> {
                long[] id = new long[1];
                if (Notices.attempt(() -> id[0] = plans.amend(s.id()))) {
                    getUI().ifPresent(ui -> ui.navigate("plans/" + id[0]));
                }
            });
            amend.setId("plan-amend");
            bar.add(amend, saveAsTemplateButton());
        }
        return bar;
    }

    private Button saveAsTemplateButton() {
        Button button = new Button(getTranslation("plan.saveAsTemplate"), e -> templateDialog());
        button.setId("plan-save-template");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    // --- the editor of a draft -------------------------------------------------------------------------------

    private Component editor() {
        PlanData d = details.data();
        PlanContent c = d.content();
        VerticalLayout editor = new VerticalLayout();
        editor.setPadding(false);

        movement.setLabel(getTranslation("plan.field.movement"));
        movement.setItems(movements.list().stream()
                .filter(m -> m.own() || m.status() == MovementStatus.LAUNCHED)
                .toList());
        movement.setItemLabelGenerator(m -> m.name() + " (" + m.period() + ")");
        movement.setClearButtonVisible(true);
        movement.setValue(movements.list().stream()
                .filter(m -> d.movementId() != null && m.id() == d.movementId())
                .findFirst()
                .orElse(null));
        council.setLabel(getTranslation("plan.field.council"));
        council.setValue(d.council());
        issueDate.setLabel(getTranslation("plan.field.date"));
        issueDate.setValue(d.issueDate());
        issueDate.setId("plan-date");
        place.setLabel(getTranslation("plan.field.place"));
        place.setHelperText(getTranslation("plan.field.place.help"));
        place.setValue(nz(d.place()));
        place.setId("plan-place");
        draftingUnit.setLabel(getTranslation("plan.field.draftingUnit"));
        draftingUnit.setHelperText(getTranslation("plan.field.draftingUnit.help"));
        draftingUnit.setMaxLength(20);
        draftingUnit.setValue(nz(d.draftingUnit()));
        parentBody.setLabel(getTranslation("plan.field.parentBody"));
        parentBody.setValue(nz(d.parentBody()));
        issuerName.setLabel(getTranslation("plan.field.issuerName"));
        issuerName.setValue(nz(d.issuerName()));
        subject.setLabel(getTranslation("plan.field.subject"));
        subject.setMaxLength(500);
        place.setMaxLength(120);
        parentBody.setMaxLength(255);
        issuerName.setMaxLength(255);
        schoolYear.setMaxLength(9);
        signerTitle.setMaxLength(200);
        signerSubtitle.setMaxLength(200);
        signerName.setMaxLength(200);
        subject.setValue(nz(d.subject()));
        subject.setId("plan-subject");
        schoolYear.setLabel(getTranslation("plan.field.schoolYear"));
        schoolYear.setValue(nz(d.schoolYear()));
        FormLayout header = new FormLayout(
                subject, issueDate, place, parentBody, issuerName, schoolYear, draftingUnit, movement, council);
        header.setColspan(subject, 2);
        editor.add(section("plan.part.header", header, true));

        bases.clear();
        c.bases().forEach(b -> bases.add(new BasisRow(b.planId(), b.text())));
        Button addBasis = new Button(getTranslation("plan.basis.add"), e -> {
            bases.add(new BasisRow(null, ""));
            renderBases();
        });
        addBasis.setId("plan-basis-add");
        Button linkBasis = new Button(getTranslation("plan.basis.link"), e -> linkBasisDialog());
        linkBasis.setId("plan-basis-link");
        renderBases();
        editor.add(section(
                "plan.part.bases", new VerticalLayout(basesBox, new HorizontalLayout(addBasis, linkBasis)), true));

        sections.clear();
        c.sections().forEach(x -> sections.add(new SectionRow(x.heading(), x.body())));
        Button addSection = new Button(getTranslation("plan.section.add"), e -> {
            sections.add(new SectionRow("", ""));
            renderSections();
        });
        addSection.setId("plan-section-add");
        renderSections();
        Span markup = new Span(getTranslation("plan.section.markup"));
        markup.getStyle().set("font-size", "var(--lumo-font-size-s)");
        editor.add(section("plan.part.sections", new VerticalLayout(markup, sectionsBox, addSection), true));

        timeline.clear();
        c.timeline().forEach(m -> timeline.add(new MilestoneRow(m.what(), m.due(), m.who(), m.latest(), m.when())));
        timelineHeading.setLabel(getTranslation("plan.timeline.heading"));
        timelineHeading.setValue(nz(c.timelineHeading()));
        timelineAfter.setLabel(getTranslation("plan.timeline.position"));
        timelineAfter.setItems(
                IntStream.rangeClosed(0, c.sections().size()).boxed().toList());
        timelineAfter.setItemLabelGenerator(
                i -> i == 0 ? getTranslation("plan.timeline.first") : getTranslation("plan.timeline.after", i));
        timelineAfter.setValue(c.timelineAfter());
        Button addMilestone = new Button(getTranslation("plan.timeline.add"), e -> {
            timeline.add(new MilestoneRow("", null, "", null, null));
            renderTimeline();
        });
        addMilestone.setId("plan-timeline-add");
        renderTimeline();
        editor.add(section(
                "plan.part.timeline",
                new VerticalLayout(new HorizontalLayout(timelineHeading, timelineAfter), timelineBox, addMilestone),
                true));

        annexes.clear();
        c.annexes().forEach(a -> annexes.add(AnnexRow.of(a)));
        Button addAnnex = new Button(getTranslation("plan.annex.add"), e -> {
            annexes.add(new AnnexRow("", "", "TT | Họ và tên | Chức vụ", ""));
            renderAnnexes();
        });
        addAnnex.setId("plan-annex-add");
        renderAnnexes();
        editor.add(section("plan.part.annexes", new VerticalLayout(annexesBox, addAnnex), !annexes.isEmpty()));

        recipients.setLabel(getTranslation("plan.field.recipients"));
        recipients.setHelperText(getTranslation("plan.field.recipients.help"));
        recipients.setWidthFull();
        recipients.setValue(String.join("\n", c.recipients()));
        recipients.setId("plan-recipients");
        signerPrefix.setLabel(getTranslation("plan.field.signerPrefix"));
        signerPrefix.setItems(SIGNER_PREFIXES);
        signerPrefix.setItemLabelGenerator(p -> p.isEmpty() ? "—" : p);
        signerPrefix.setValue(SIGNER_PREFIXES.contains(nz(d.signerPrefix())) ? nz(d.signerPrefix()) : "");
        signerTitle.setLabel(getTranslation("plan.field.signerTitle"));
        signerTitle.setValue(nz(d.signerTitle()));
        signerTitle.setId("plan-signer-title");
        signerSubtitle.setLabel(getTranslation("plan.field.signerSubtitle"));
        signerSubtitle.setHelperText(getTranslation("plan.field.signerSubtitle.help"));
        signerSubtitle.setValue(nz(d.signerSubtitle()));
        signerName.setLabel(getTranslation("plan.field.signerName"));
        signerName.setValue(nz(d.signerName()));
        signerName.setId("plan-signer-name");
        FormLayout closing = new FormLayout(recipients, signerPrefix, signerTitle, signerSubtitle, signerName);
        closing.setColspan(recipients, 2);
        editor.add(section("plan.part.closing", closing, true));
        return editor;
    }

    private Details section(String key, Component content, boolean opened) {
        Details d = new Details(getTranslation(key), content);
        d.setOpened(opened);
        d.setWidthFull();
        return d;
    }

    private void renderBases() {
        basesBox.removeAll();
        for (int i = 0; i < bases.size(); i++) {
            BasisRow row = bases.get(i);
            TextArea text = new TextArea();
            text.setWidthFull();
            text.setValue(row.text);
            text.addValueChangeListener(e -> row.text = e.getValue());
            text.setId("plan-basis-" + i);
            if (row.planId != null) {
                text.setHelperText(getTranslation("plan.basis.linked"));
            }
            basesBox.add(line(text, remover(bases, row, this::renderBases)));
        }
    }

    private void renderSections() {
        sectionsBox.removeAll();
        for (int i = 0; i < sections.size(); i++) {
            SectionRow row = sections.get(i);
            TextField heading = new TextField(getTranslation("plan.section.heading"));
            heading.setWidthFull();
            heading.setValue(row.heading);
            heading.addValueChangeListener(e -> row.heading = e.getValue());
            heading.setId("plan-section-heading-" + i);
            TextArea body = new TextArea(getTranslation("plan.section.body"));
            body.setWidthFull();
            body.setMinHeight("8em");
            body.setValue(row.body);
            body.addValueChangeListener(e -> row.body = e.getValue());
            body.setId("plan-section-body-" + i);
            int index = i;
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                if (index > 0) {
                    sections.set(index, sections.get(index - 1));
                    sections.set(index - 1, row);
                    renderSections();
                }
            });
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.setAriaLabel(getTranslation("plan.section.up"));
            HorizontalLayout toolbar = new HorizontalLayout(
                    markupButton(body, "**", "B", "plan.markup.bold"),
                    markupButton(body, "*", "I", "plan.markup.italic"),
                    markupButton(body, "++", "U", "plan.markup.underline"));
            toolbar.setSpacing(false);
            VerticalLayout block =
                    new VerticalLayout(line(heading, up, remover(sections, row, this::renderSections)), toolbar, body);
            block.setPadding(false);
            block.setSpacing(false);
            sectionsBox.add(block);
        }
    }

    private void renderTimeline() {
        timelineBox.removeAll();
        for (int i = 0; i < timeline.size(); i++) {
            MilestoneRow row = timeline.get(i);
            TextField what = new TextField(getTranslation("plan.timeline.what"));
            what.setWidth("24em");
            what.setValue(row.what);
            what.addValueChangeListener(e -> row.what = e.getValue());
            what.setId("plan-timeline-what-" + i);
            DatePicker due = new DatePicker(getTranslation("plan.timeline.due"));
            due.setValue(row.due);
            due.addValueChangeListener(e -> row.due = e.getValue());
            due.setId("plan-timeline-due-" + i);
            if (row.latest != null) {
                due.setHelperText(getTranslation("plan.timeline.latest", Dates.format(row.latest)));
                due.setMax(row.latest);
            }
            TextField when = new TextField(getTranslation("plan.timeline.when"));
            when.setHelperText(getTranslation("plan.timeline.when.help"));
            when.setMaxLength(60);
            when.setValue(row.when);
            when.addValueChangeListener(e -> row.when = e.getValue());
            when.setId("plan-timeline-when-" + i);
            TextField who = new TextField(getTranslation("plan.timeline.who"));
            who.setValue(row.who);
            who.addValueChangeListener(e -> row.who = e.getValue());
            timelineBox.add(line(what, due, when, who, remover(timeline, row, this::renderTimeline)));
        }
    }

    private void renderAnnexes() {
        annexesBox.removeAll();
        for (int i = 0; i < annexes.size(); i++) {
            AnnexRow row = annexes.get(i);
            TextField title = new TextField(getTranslation("plan.annex.title"));
            title.setWidthFull();
            title.setValue(row.title);
            title.addValueChangeListener(e -> row.title = e.getValue());
            title.setId("plan-annex-title-" + i);
            TextField subtitle = new TextField(getTranslation("plan.annex.subtitle"));
            subtitle.setWidthFull();
            subtitle.setHelperText(getTranslation("plan.annex.subtitle.help"));
            subtitle.setValue(row.subtitle);
            subtitle.addValueChangeListener(e -> row.subtitle = e.getValue());
            TextField columns = new TextField(getTranslation("plan.annex.columns"));
            columns.setWidthFull();
            columns.setValue(row.columns);
            columns.addValueChangeListener(e -> row.columns = e.getValue());
            columns.setId("plan-annex-columns-" + i);
            TextArea rows = new TextArea(getTranslation("plan.annex.rows"));
            rows.setWidthFull();
            rows.setHelperText(getTranslation("plan.annex.rows.help"));
            rows.setValue(row.rows);
            rows.addValueChangeListener(e -> row.rows = e.getValue());
            rows.setId("plan-annex-rows-" + i);
            VerticalLayout block = new VerticalLayout(
                    line(title, remover(annexes, row, this::renderAnnexes)), subtitle, columns, rows);
            block.setPadding(false);
            annexesBox.add(block);
        }
    }

    /** Wraps the selected text of {@code area} in {@code marker} in the browser (bold, italic, underline). */
    private Button markupButton(TextArea area, String marker, String label, String titleKey) {
        Button button = new Button(label, e -> area.getElement()
                .executeJs(
                        """
                        const ta = this.inputElement || this.querySelector('textarea');
                        const s = ta.selectionStart, e = ta.selectionEnd;
                        ta.setRangeText($0 + ta.value.substring(s, e) + $0, s, e, 'select');
                        this.value = ta.value;
                        this.dispatchEvent(new CustomEvent('change'));""",
                        marker));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("title", getTranslation(titleKey));
        button.setAriaLabel(getTranslation(titleKey));
        switch (label) {
            case "B" -> button.getStyle().set("font-weight", "bold");
            case "I" -> button.getStyle().set("font-style", "italic");
            default -> button.getStyle().set("text-decoration", "underline");
        }
        return button;
    }

    private static VerticalLayout box() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout line(Component... parts) {
        HorizontalLayout line = new HorizontalLayout(parts);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.expand(parts[0]);
        return line;
    }

    private <T> Button remover(List<T> list, T row, Runnable render) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            list.remove(row);
            render.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("common.delete"));
        return remove;
    }

    private void linkBasisDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.basis.link"));
        ComboBox<PlanSummary> upper = new ComboBox<>(getTranslation("plan.tab.upper"));
        upper.setId("plan-basis-upper");
        upper.setWidth("40em");
        upper.setItems(plans.upperPlans());
        upper.setItemLabelGenerator(p -> p.numberText() + " — " + p.unitName() + " — " + nz(p.subject()));
        dialog.add(upper);
        Button ok = new Button(getTranslation("plan.basis.link"), e -> {
            if (upper.getValue() != null
                    && Notices.attempt(() -> {
                        PlanBasis b = plans.basisFor(upper.getValue().id());
                        bases.add(new BasisRow(b.planId(), b.text()));
                    })) {
                renderBases();
                dialog.close();
            }
        });
        ok.setId("plan-basis-link-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** Saves the editor; a rule broken shows where the user is and the form keeps every value typed. */
    private boolean save() {
        PlanData d = details.data();
        PlanContent content = new PlanContent(
                bases.stream().map(b -> new PlanBasis(b.planId, b.text)).toList(),
                sections.stream().map(x -> new PlanSection(x.heading, x.body)).toList(),
                timelineHeading.getValue(),
                timelineAfter.getValue() == null ? sections.size() : timelineAfter.getValue(),
                timeline.stream()
                        .map(m -> new Milestone(m.what, m.due, m.who, m.latest, m.when))
                        .toList(),
                annexes.stream().map(AnnexRow::toAnnex).toList(),
                Arrays.stream(recipients.getValue().split("\\R"))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .map(x -> x.startsWith("- ") ? x.substring(2) : x)
                        .toList());
        PlanData data = new PlanData(
                movement.getValue() == null ? null : movement.getValue().id(),
                council.getValue(),
                draftingUnit.getValue(),
                issueDate.getValue(),
                place.getValue(),
                parentBody.getValue(),
                issuerName.getValue(),
                subject.getValue(),
                schoolYear.getValue(),
                signerPrefix.getValue(),
                signerTitle.getValue(),
                signerSubtitle.getValue(),
                signerName.getValue(),
                content,
                d.version());
        return Notices.attempt(() -> plans.save(details.summary().id(), data));
    }

    private void issueDialog() {
        if (!save()) {
            return;
        }
        details = plans.get(details.summary().id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.issue"));
        dialog.add(new Span(getTranslation("plan.issue.confirm")));
        Button ok = new Button(getTranslation("plan.issue"), e -> {
            if (Notices.attempt(() -> {
                PlanSummary issued =
                        plans.issue(details.summary().id(), details.data().version());
                Notices.success("plan.issued", issued.numberText());
            })) {
                dialog.close();
                reload();
            }
        });
        ok.setId("plan-issue-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void previewDialog() {
        details = plans.get(details.summary().id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.preview"));
        dialog.setWidth("min(95vw, 260mm)");
        Div page = new Div(new Html(exports.previewHtml(details.summary().id())));
        page.setId("plan-preview-page");
        dialog.add(page);
        Button close = new Button(getTranslation("common.close"), e -> {
            dialog.close();
            build();
        });
        close.setId("plan-preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void templateDialog() {
        if (editable() && !save()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.saveAsTemplate"));
        TextField name = new TextField(getTranslation("plan.template.name"));
        name.setWidth("28em");
        name.setId("plan-template-name");
        name.setHelperText(getTranslation("plan.template.overwrite"));
        name.setValue(nz(details.data().subject()));
        dialog.add(name);
        Button ok = new Button(getTranslation("common.save"), e -> {
            if (Notices.attempt(() -> templates.saveFromPlan(details.summary().id(), name.getValue()))) {
                Notices.success("plan.template.saved", name.getValue().strip());
                dialog.close();
                reload();
            }
        });
        ok.setId("plan-template-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }

    private static final class BasisRow {
        private final Long planId;
        private String text;

        BasisRow(Long planId, String text) {
            this.planId = planId;
            this.text = nz(text);
        }
    }

    private static final class SectionRow {
        private String heading;
        private String body;

        SectionRow(String heading, String body) {
            this.heading = nz(heading);
            this.body = nz(body);
        }
    }

    private static final class MilestoneRow {
        private String what;
        private LocalDate due;
        private String who;
        private final LocalDate latest;
        private String when;

        MilestoneRow(String what, LocalDate due, String who, LocalDate latest, String when) {
            this.what = nz(what);
            this.due = due;
            this.who = nz(who);
            this.latest = latest;
            this.when = nz(when);
        }
    }

    /** An annex as typed: columns "TT | Họ và tên | Chức vụ", one row per line with cells separated by "|". */
    private static final class AnnexRow {
        private String title;
        private String subtitle;
        private String columns;
        private String rows;

        AnnexRow(String title, String subtitle, String columns, String rows) {
            this.title = title;
            this.subtitle = subtitle;
            this.columns = columns;
            this.rows = rows;
        }

        static AnnexRow of(PlanAnnex a) {
            return new AnnexRow(
                    nz(a.title()),
                    nz(a.subtitle()),
                    String.join(" " + CELL_SEPARATOR + " ", a.columns()),
                    String.join(
                            "\n",
                            a.rows().stream()
                                    .map(r -> String.join(" " + CELL_SEPARATOR + " ", r))
                                    .toList()));
        }

        PlanAnnex toAnnex() {
            return new PlanAnnex(
                    title,
                    subtitle,
                    cells(columns),
                    Arrays.stream(rows.split("\\R"))
                            .filter(l -> !l.isBlank())
                            .map(AnnexRow::cells)
                            .toList());
        }

        private static List<String> cells(String line) {
            return Arrays.stream(line.split("\\" + CELL_SEPARATOR, -1))
                    .map(String::strip)
                    .toList();
        }
    }
}
