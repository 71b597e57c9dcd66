package vn.thidua.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.thidua.identity.StaffImportService;
import vn.thidua.identity.StaffImportService.ImportReport;
import vn.thidua.identity.StaffImportService.ImportedUser;
import vn.thidua.identity.StaffImportService.RowIssue;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantContext;

/** Import a unit's staff from the XLSX template: download, fill, upload, read the row-by-row report. */
@Route("users/import")
@RouteAlias("units/:unitId/users/import")
@RolesAllowed(Permission.STAFF_IMPORT)
class StaffImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StaffImportService importer;
    private final OrgUnitService orgUnits;
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final Grid<RowIssue> issues = new Grid<>();
    private final Grid<ImportedUser> imported = new Grid<>();
    private OrgUnitSummary unit;

    StaffImportView(StaffImportService importer, OrgUnitService orgUnits) {
        this.importer = importer;
        this.orgUnits = orgUnits;
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = importer.template();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "mau-nhap-can-bo.xlsx", XLSX, bytes.length);
                }),
                getTranslation("import.template"));
        template.setId("import-template");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ImportReport report;
            try {
                report = importer.importStaff(unit.id(), new ByteArrayInputStream(bytes));
            } catch (BusinessException e) {
                report = new ImportReport(0, List.of(new RowIssue(0, null, e.messageKey(), List.of())), List.of());
            }
            ImportReport shown = report;
            if (ui != null) {
                ui.access(() -> show(shown));
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(XLSX, ".xlsx");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("identity.import.rejected", MAX_BYTES / 1024 / 1024))
                        .setIncorrectFileType(getTranslation("identity.import.rejected", MAX_BYTES / 1024 / 1024))));
        upload.addFileRejectedListener(e -> {
            summary.setText(getTranslation("identity.import.rejected", MAX_BYTES / 1024 / 1024));
            summary.getStyle().set("color", "var(--lumo-error-text-color)");
        });

        summary.setId("import-summary");
        issues.setId("import-issues");
        issues.addColumn(RowIssue::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        issues.addColumn(RowIssue::column)
                .setHeader(getTranslation("import.column"))
                .setAutoWidth(true);
        issues.addColumn(i -> getTranslation(i.messageKey(), i.args().toArray()))
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        issues.setVisible(false);
        imported.setId("import-imported");
        imported.addColumn(ImportedUser::row)
                .setHeader(getTranslation("import.row"))
                .setAutoWidth(true);
        imported.addColumn(ImportedUser::displayName).setHeader(getTranslation("user.field.name"));
        imported.addColumn(ImportedUser::username).setHeader(getTranslation("user.field.username"));
        imported.addColumn(u ->
                        u.initialPassword() == null ? getTranslation("import.passwordFromFile") : u.initialPassword())
                .setHeader(getTranslation("import.initialPassword"));
        imported.setVisible(false);
        add(title, new Paragraph(getTranslation("import.help")), template, upload, summary, issues, imported);
    }

    private void show(ImportReport report) {
        issues.setVisible(!report.ok());
        imported.setVisible(report.ok());
        if (report.ok()) {
            summary.setText(getTranslation("import.done", report.imported().size(), unit.name()));
            summary.getStyle().set("color", "var(--lumo-success-text-color)");
            imported.setItems(report.imported());
        } else {
            summary.setText(getTranslation("import.failed", report.issues().size()));
            summary.getStyle().set("color", "var(--lumo-error-text-color)");
            issues.setItems(report.issues());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId =
                RouteIds.parse(event.getRouteParameters().get("unitId")).orElse(TenantContext.requireActiveUnitId());
        unit = orgUnits.findVisible(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        title.setText(getTranslation("import.title", unit.name()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.import");
    }
}
