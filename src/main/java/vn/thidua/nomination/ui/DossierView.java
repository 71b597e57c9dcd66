package vn.thidua.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.DossierPart;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.UserAdminService;
import vn.thidua.nomination.ConsolidationCandidate;
import vn.thidua.nomination.DisclosureService;
import vn.thidua.nomination.DossierDetails;
import vn.thidua.nomination.DossierStatus;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationExports;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeSummary;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.submission.FileService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionSummary;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.TenantContext;

/**
 * A nomination dossier of the active unit: nominees in the official columns, documents, the completeness
 * checklist (sending is blocked until it is complete), generated tờ trình and list, consolidation of accepted
 * items from member units, sending up, and the history of versions with the receiver's reasons.
 */
@Route("dossiers/:dossierId")
@RolesAllowed(Permission.SUBMISSION_PREPARE)
class DossierView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NominationService nominations;
    private final NominationExports exports;
    private final SubmissionService submissions;
    private final FileService files;
    private final CatalogueService catalogue;
    private final UserAdminService users;
    private final DisclosureService disclosures;
    private final boolean hasMembers;
    private DossierDetails details;
    private String sendKey;

    DossierView(
            NominationService nominations,
            NominationExports exports,
            SubmissionService submissions,
            FileService files,
            CatalogueService catalogue,
            UserAdminService users,
            DisclosureService disclosures,
            OrgUnitService orgUnits) {
        this.nominations = nominations;
        this.exports = exports;
        this.submissions = submissions;
        this.files = files;
        this.catalogue = catalogue;
        this.users = users;
        this.disclosures = disclosures;
        this.hasMembers = orgUnits.countVisibleChildren(TenantContext.requireActiveUnitId(), Dates.today()) > 0;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("dossierId"))
                .orElseThrow(() -> new NotFoundException("dossier"));
        details = nominations.details(id);
        build();
    }

    private void reload() {
        details = nominations.details(details.summary().id());
        build();
    }

    static Span statusBadge(Component owner, DossierSummary d) {
        Span badge =
                new Span(owner.getTranslation("dossier.status." + d.status().name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (d.status()) {
                            case DRAFT -> "badge contrast";
                            case SENT -> "badge";
                            case RETURNED -> "badge error";
                            case ACCEPTED -> "badge success";
                        });
        badge.setId("dossier-status");
        return badge;
    }

    private void build() {
        removeAll();
        DossierSummary s = details.summary();
        boolean editable = s.editable() && Access.can(Permission.SUBMISSION_PREPARE);
        H2 title = new H2(s.title());
        title.setId("dossier-title");
        HorizontalLayout head = new HorizontalLayout(title, statusBadge(this, s));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head);
        add(new Span(getTranslation("dossier.meta", s.roundName(), Dates.format(s.deadline()), s.schoolYear())));
        if (s.status() == DossierStatus.RETURNED && s.latest() != null) {
            Div returned = new Div(
                    new Span(getTranslation(
                            "dossier.returnedBy",
                            s.latest().decidedBy(),
                            Dates.format(s.latest().decidedAt()))),
                    new Span(" " + s.latest().returnReason()));
            returned.setId("dossier-return-reason");
            returned.getElement().getThemeList().add("badge error");
            add(returned);
        }
        if (!details.quotas().isEmpty()) {
            add(new Span(getTranslation(
                    "dossier.quotas",
                    details.quotas().entrySet().stream()
                            .map(q -> name(q.getKey()) + ": "
                                    + details.proposed().getOrDefault(q.getKey(), 0) + "/" + q.getValue())
                            .collect(Collectors.joining("; ")))));
        }
        add(toolbar(editable));
        add(nomineeGrid(editable));
        disclosure(editable);
        HorizontalLayout lower = new HorizontalLayout(checklist(), documents(editable));
        lower.setWidthFull();
        add(lower);
        add(history());
    }

    /** The public disclosure window, when the round asks for one. */
    private void disclosure(boolean editable) {
        boolean required =
                details.checklist().stream().anyMatch(l -> l.messageKey().startsWith("nomination.check.disclosure."));
        if (!required) {
            return;
        }
        add(new H4(getTranslation("disclosure.section")));
        var current = disclosures.forDossier(details.summary().id());
        current.ifPresent(d -> add(new DisclosurePanel(disclosures, d, this::reload)));
        if (editable) {
            Button publish = new Button(
                    getTranslation(current.isPresent() ? "disclosure.republish" : "disclosure.publish"), e -> {
                        if (Notices.attempt(
                                () -> disclosures.publish(details.summary().id()))) {
                            Notices.success("disclosure.published");
                            reload();
                        }
                    });
            publish.setId("disclosure-publish");
            add(publish);
        }
    }

    private HorizontalLayout toolbar(boolean editable) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        if (editable) {
            Button add = new Button(getTranslation("nominee.add"), VaadinIcon.PLUS.create(), e -> nomineeForm(null));
            add.setId("nominee-add");
            bar.add(add);
            if (Access.can(Permission.SUBMISSION_REVIEW) && hasMembers) {
                Button consolidate = new Button(getTranslation("dossier.consolidate"), e -> consolidateDialog());
                consolidate.setId("dossier-consolidate");
                bar.add(consolidate);
            }
            Button sort = new Button(getTranslation("dossier.sort"), e -> {
                if (Notices.attempt(
                        () -> nominations.sortInLegalOrder(details.summary().id()))) {
                    reload();
                }
            });
            sort.setId("dossier-sort");
            bar.add(sort);
        }
        bar.add(Notices.download(
                getTranslation("dossier.downloadProposal"),
                "to-trinh-de-nghi-khen-thuong.docx",
                Notices.DOCX,
                () -> exports.proposalDocx(details.summary().id())));
        bar.add(Notices.download(
                getTranslation("dossier.downloadList"),
                "danh-sach-de-nghi-khen-thuong.xlsx",
                Notices.XLSX,
                () -> exports.dossierXlsx(details.summary().id())));
        if (editable && Access.can(Permission.SUBMISSION_SEND)) {
            Button send = new Button(getTranslation("dossier.send"), VaadinIcon.PAPERPLANE.create(), e -> sendDialog());
            send.setId("dossier-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setEnabled(details.complete());
            if (!details.complete()) {
                send.setTooltipText(getTranslation("nomination.error.incomplete"));
            }
            bar.add(send);
        }
        return bar;
    }

    private Grid<NomineeSummary> nomineeGrid(boolean editable) {
        Grid<NomineeSummary> grid = new Grid<>();
        grid.setId("nominee-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(NomineeSummary::seq)
                .setHeader(getTranslation("list.tt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.fullName() + (n.position() == null ? "" : " — " + n.position()))
                .setHeader(getTranslation("list.name"))
                .setWidth("16em")
                .setFlexGrow(2)
                .setTooltipGenerator(n -> n.fullName() + (n.position() == null ? "" : " — " + n.position()));
        grid.addColumn(NomineeSummary::awardName)
                .setHeader(getTranslation("list.award"))
                .setWidth("14em")
                .setFlexGrow(1)
                .setTooltipGenerator(NomineeSummary::awardName);
        grid.addColumn(n -> nz(n.workUnit()))
                .setHeader(getTranslation("list.workUnit"))
                .setWidth("12em")
                .setFlexGrow(1)
                .setTooltipGenerator(n -> nz(n.workUnit()));
        grid.addColumn(n -> n.yearsOfService() == null ? "" : String.valueOf(n.yearsOfService()))
                .setHeader(getTranslation("list.years"))
                .setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(n -> nz(n.achievementSummary()))
                .setHeader(getTranslation("list.summary"))
                .setWidth("16em")
                .setFlexGrow(2)
                .setTooltipGenerator(n -> nz(n.achievementSummary()));
        grid.addColumn(n -> (nz(n.phone()) + " " + nz(n.email())).trim())
                .setHeader(getTranslation("list.contact"))
                .setWidth("12em")
                .setTooltipGenerator(n -> (nz(n.phone()) + " " + nz(n.email())).trim());
        grid.addColumn(n -> n.originUnitName() == null
                        ? ""
                        : n.originUnitName() + " (" + getTranslation("dossier.originVersion", n.originVersion()) + ")")
                .setHeader(getTranslation("list.origin"))
                .setWidth("12em")
                .setFlexGrow(1)
                .setTooltipGenerator(n -> nz(n.originUnitName()));
        grid.addColumn(n -> nz(n.decisionLabel()))
                .setHeader(getTranslation("list.decision"))
                .setWidth("12em")
                .setTooltipGenerator(n -> nz(n.decisionLabel()));
        if (editable) {
            grid.addComponentColumn(n -> {
                        Button edit = new Button(VaadinIcon.EDIT.create(), e -> nomineeForm(n));
                        edit.setTooltipText(getTranslation("nominee.edit"));
                        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(n, -1));
                        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(n, 1));
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                            if (Notices.attempt(() -> nominations.removeNominee(n.id()))) {
                                reload();
                            }
                        });
                        remove.setTooltipText(getTranslation("nominee.remove"));
                        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                        for (Button b : List.of(edit, up, down, remove)) {
                            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                        }
                        return new HorizontalLayout(edit, up, down, remove);
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(details.nominees());
        return grid;
    }

    private void move(NomineeSummary n, int delta) {
        if (Notices.attempt(() -> nominations.move(n.id(), delta))) {
            reload();
        }
    }

    private VerticalLayout checklist() {
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("dossier.checklist")));
        box.setPadding(false);
        box.add(new ChecklistList("dossier-checklist", details.checklist()));
        return box;
    }

    private VerticalLayout documents(boolean editable) {
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("dossier.documents")));
        box.setPadding(false);
        long unit = details.unitId();
        if (details.minutesFileId() != null) {
            long fileId = details.minutesFileId();
            box.add(new Div(
                    new Span(getTranslation("dossier.part.COUNCIL_MINUTES") + ": "),
                    Notices.download(
                            details.minutesFileName(),
                            details.minutesFileName(),
                            "application/octet-stream",
                            () -> files.open(fileId, unit).bytes())));
        }
        if (editable) {
            box.add(upload(
                    "upload-minutes",
                    getTranslation("dossier.uploadMinutes"),
                    (name, bytes) -> nominations.attachMinutes(details.summary().id(), name, bytes)));
            for (NomineeSummary n : details.nominees()) {
                AwardTypeSummary type = catalogue.find(n.awardCode()).orElse(null);
                if (type == null) {
                    continue;
                }
                for (DossierPart part : List.of(DossierPart.ACHIEVEMENT_REPORT, DossierPart.INITIATIVE_RECOGNITION)) {
                    if (type.requires().contains(part)) {
                        String current =
                                part == DossierPart.ACHIEVEMENT_REPORT ? n.reportFileName() : n.initiativeFileName();
                        box.add(upload(
                                "upload-" + part.name().toLowerCase() + "-" + n.seq(),
                                getTranslation("dossier.part." + part.name()) + " — " + n.seq() + ". " + n.fullName()
                                        + (current == null ? "" : " (" + current + ")"),
                                (name, bytes) -> nominations.attachToNominee(n.id(), part, name, bytes)));
                    }
                }
            }
        }
        box.add(new Span(getTranslation("dossier.uploadHelp", files.maxSize().toMegabytes())));
        return box;
    }

    private Component upload(String id, String label, BiConsumer<String, byte[]> store) {
        long max = files.maxSize().toBytes();
        // reads at most max + 1 bytes on the server whatever the browser claims, so an oversize body is never buffered
        Upload upload = new Upload((UploadHandler) event -> {
            String name = event.getFileName();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, max + 1));
            }
            event.getUI().access(() -> {
                try {
                    if (bytes.length > max) {
                        throw new BusinessException(
                                "file.error.tooLarge", files.maxSize().toMegabytes());
                    }
                    store.accept(name, bytes);
                    Notices.success("dossier.uploaded", name);
                    reload();
                } catch (BusinessException e) {
                    Notices.error(e);
                }
            });
        });
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) files.maxSize().toBytes());
        upload.setDropAllowed(false);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("upload.add"))
                        .setMany(getTranslation("upload.add")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation(
                                "file.error.tooLarge", files.maxSize().toMegabytes()))
                        .setTooManyFiles(getTranslation("upload.tooMany"))
                        .setIncorrectFileType(getTranslation("file.error.type"))));
        upload.addFileRejectedListener(e -> Notices.error(
                new BusinessException("file.error.tooLarge", files.maxSize().toMegabytes())));
        Span caption = new Span(label);
        VerticalLayout wrap = new VerticalLayout(caption, upload);
        wrap.setPadding(false);
        wrap.setSpacing(false);
        return wrap;
    }

    private Component history() {
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("dossier.history")));
        box.setPadding(false);
        Grid<SubmissionSummary> grid = new Grid<>();
        grid.setId("dossier-history");
        grid.setAllRowsVisible(true);
        grid.addColumn(SubmissionSummary::versionNo)
                .setHeader(getTranslation("board.version"))
                .setFlexGrow(0);
        grid.addColumn(v -> Dates.format(v.sentAt()) + " — " + v.sentBy()).setHeader(getTranslation("board.sentAt"));
        grid.addColumn(SubmissionSummary::receiverName).setHeader(getTranslation("dossier.receiver"));
        grid.addColumn(v -> getTranslation("submission.status." + v.status().name()))
                .setHeader(getTranslation("board.status"));
        grid.addColumn(v -> v.returnReason() == null ? "" : v.returnReason())
                .setHeader(getTranslation("board.reason"))
                .setFlexGrow(2);
        grid.setItems(submissions.history(details.summary().id()));
        box.add(grid);
        return box;
    }

    private void nomineeForm(NomineeSummary existing) {
        List<AwardTypeSummary> allowed = catalogue.awardTypes(Dates.today()).stream()
                .filter(t -> details.allowedCodes().contains(t.code()))
                .toList();
        List<MemberSummary> members = Access.can(Permission.USER_VIEW)
                ? users.members(TenantContext.requireActiveUnitId(), null, 0, 500)
                : List.of();
        new NomineeForm(
                        nominations,
                        details.summary().id(),
                        allowed,
                        members,
                        vn.thidua.identity.CurrentUser.require().activeUnitName(),
                        existing,
                        this::reload)
                .open();
    }

    private void sendDialog() {
        if (sendKey == null) {
            sendKey = UUID.randomUUID().toString(); // one key per "Gửi": retries and double clicks reuse it
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dossier.send.title"));
        dialog.add(new Span(getTranslation(
                "dossier.send.confirm",
                details.nominees().size(),
                details.summary().roundName())));
        Button confirm = new Button(getTranslation("dossier.send"), e -> {
            e.getSource().setEnabled(false);
            try {
                SubmissionSummary sent = nominations.send(details.summary().id(), sendKey);
                sendKey = null;
                dialog.close();
                Notices.success("dossier.sent", sent.versionNo(), sent.receiverName());
                reload();
            } catch (BusinessException ex) {
                e.getSource().setEnabled(true);
                Notices.error(ex);
            }
        });
        confirm.setId("dossier-send-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void consolidateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dossier.consolidate"));
        dialog.setWidth("70em");
        Grid<ConsolidationCandidate> grid = new Grid<>();
        grid.setId("consolidate-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(c -> c.received().senderName())
                .setHeader(getTranslation("list.origin"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.received().item().label())
                .setHeader(getTranslation("list.name"))
                .setFlexGrow(2);
        grid.addColumn(ConsolidationCandidate::awardName)
                .setHeader(getTranslation("list.award"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.inDossier() ? getTranslation("dossier.alreadyIn") : "")
                .setHeader(getTranslation("board.status"));
        List<ConsolidationCandidate> candidates =
                nominations.candidates(details.summary().id());
        grid.setItems(candidates);
        candidates.stream().filter(c -> !c.inDossier()).forEach(grid::select);
        dialog.add(new Span(getTranslation("dossier.consolidate.help", candidates.size())), grid);
        Button add = new Button(getTranslation("dossier.consolidate.add"), e -> {
            Set<ConsolidationCandidate> picked = grid.getSelectedItems();
            try {
                int n = nominations.addReceived(
                        details.summary().id(),
                        picked.stream()
                                .map(c -> new ReceivedItemRef(
                                        c.received().inboxSubmissionId(),
                                        c.received().item().seq()))
                                .toList());
                dialog.close();
                Notices.success("dossier.consolidated", n);
                reload();
            } catch (BusinessException ex) {
                Notices.error(ex);
            }
        });
        add.setId("consolidate-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), add);
        dialog.open();
    }

    private String name(String code) {
        return catalogue.find(code).map(t -> t.name(getLocale())).orElse(code);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("dossier.list.title")
                : details.summary().title();
    }
}
