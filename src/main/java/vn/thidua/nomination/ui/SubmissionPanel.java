package vn.thidua.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.nomination.NominationExports;
import vn.thidua.nomination.NominationService;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.submission.DocumentRef;
import vn.thidua.submission.FileService;
import vn.thidua.submission.SubmissionDetails;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/**
 * One received version side by side with its checklist: items, documents, history of versions, and the receiver's
 * actions (accept, return with a reason).
 */
class SubmissionPanel extends VerticalLayout {

    private final SubmissionService submissions;
    private final NominationService nominations;
    private final NominationExports exports;
    private final FileService files;
    private final CatalogueService catalogue;
    private final Runnable onChange;

    SubmissionPanel(
            SubmissionService submissions,
            NominationService nominations,
            NominationExports exports,
            FileService files,
            CatalogueService catalogue,
            Runnable onChange) {
        this.submissions = submissions;
        this.nominations = nominations;
        this.exports = exports;
        this.files = files;
        this.catalogue = catalogue;
        this.onChange = onChange;
        setId("submission-panel");
        setPadding(false);
    }

    void show(long submissionId) {
        removeAll();
        SubmissionDetails d = submissions.details(submissionId);
        SubmissionSummary s = d.summary();
        H3 title = new H3(s.senderName());
        title.setId("panel-title");
        add(title);
        add(new Span(getTranslation(
                "board.panel.meta",
                s.versionNo(),
                Dates.format(s.sentAt()),
                s.sentBy(),
                getTranslation("submission.status." + s.status().name()))));
        if (s.returnReason() != null) {
            Span reason = new Span(getTranslation("board.panel.returned", s.returnReason()));
            reason.getElement().getThemeList().add("badge error");
            add(reason);
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (s.status() == SubmissionStatus.SENT && Access.can(Permission.SUBMISSION_REVIEW)) {
            Button accept = new Button(getTranslation("board.accept"), e -> {
                if (Notices.attempt(() -> submissions.accept(s.id(), s.version()))) {
                    Notices.success("board.accepted", s.senderName());
                    onChange.run();
                    show(s.id());
                }
            });
            accept.setId("panel-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button ret = new Button(getTranslation("board.return"), e -> returnDialog(s));
            ret.setId("panel-return");
            ret.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(accept, ret);
        }
        actions.add(Notices.download(
                getTranslation("board.downloadList"),
                "danh-sach-" + s.senderName().replaceAll("\\s+", "-") + "-lan-" + s.versionNo() + ".xlsx",
                Notices.XLSX,
                () -> exports.submissionXlsx(s.id())));
        add(actions);

        H4 checklistTitle = new H4(getTranslation("dossier.checklist"));
        add(checklistTitle, new ChecklistList("panel-checklist", nominations.checklistOf(s.id())));

        Grid<SubmissionItem> items = new Grid<>();
        items.setId("panel-items");
        items.setAllRowsVisible(true);
        items.addColumn(SubmissionItem::seq)
                .setHeader(getTranslation("list.tt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(SubmissionItem::label)
                .setHeader(getTranslation("list.name"))
                .setFlexGrow(2);
        items.addColumn(i -> catalogue
                        .find(i.category())
                        .map(t -> t.name(getLocale()))
                        .orElse(i.category()))
                .setHeader(getTranslation("list.award"))
                .setFlexGrow(2);
        items.addColumn(i -> i.get("workUnit")).setHeader(getTranslation("list.workUnit"));
        items.addColumn(i -> i.get("achievementSummary"))
                .setHeader(getTranslation("list.summary"))
                .setFlexGrow(2);
        items.addColumn(i -> i.originUnitName() == null ? "" : i.originUnitName())
                .setHeader(getTranslation("list.origin"));
        items.setItems(d.items());
        add(new H4(getTranslation("board.panel.items", d.items().size())), items);

        if (!d.documents().isEmpty()) {
            UnorderedList docs = new UnorderedList();
            docs.setId("panel-documents");
            for (DocumentRef doc : d.documents()) {
                String label = getTranslation("dossier.part." + doc.kind())
                        + (doc.itemSeq() == null ? "" : " — " + doc.itemSeq());
                docs.add(new ListItem(
                        new Span(label + ": "),
                        Notices.download(doc.fileName(), doc.fileName(), "application/octet-stream", () -> files.open(
                                        doc.fileId(), doc.ownerUnitId())
                                .bytes())));
            }
            add(new H4(getTranslation("board.panel.documents")), docs);
        }

        List<SubmissionSummary> versions = submissions.receivedFrom(s.roundId(), s.senderUnitId());
        Grid<SubmissionSummary> history = new Grid<>();
        history.setId("panel-history");
        history.setAllRowsVisible(true);
        history.addColumn(SubmissionSummary::versionNo)
                .setHeader(getTranslation("board.version"))
                .setFlexGrow(0);
        history.addColumn(v -> Dates.format(v.sentAt())).setHeader(getTranslation("board.sentAt"));
        history.addColumn(v -> getTranslation("submission.status." + v.status().name()))
                .setHeader(getTranslation("board.status"));
        history.addColumn(v -> v.decidedBy() == null ? "" : v.decidedBy() + " — " + Dates.format(v.decidedAt()))
                .setHeader(getTranslation("board.decidedBy"));
        history.addColumn(v -> v.returnReason() == null ? "" : v.returnReason())
                .setHeader(getTranslation("board.reason"))
                .setFlexGrow(2);
        history.setItems(versions);
        history.addItemClickListener(e -> show(e.getItem().id()));
        add(new H4(getTranslation("board.panel.history")), history);
    }

    private void returnDialog(SubmissionSummary s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.return.title", s.senderName()));
        TextArea reason = new TextArea(getTranslation("board.reason"));
        reason.setId("return-reason");
        reason.setWidth("32em");
        reason.setMinHeight("8em");
        reason.setHelperText(getTranslation("board.return.help"));
        dialog.add(new Div(reason));
        Button confirm = new Button(getTranslation("board.return"), e -> {
            try {
                submissions.returnToSender(s.id(), s.version(), reason.getValue());
                dialog.close();
                Notices.success("board.returned", s.senderName());
                onChange.run();
                show(s.id());
            } catch (vn.thidua.shared.BusinessException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
