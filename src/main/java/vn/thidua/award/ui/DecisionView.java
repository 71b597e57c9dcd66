package vn.thidua.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import vn.thidua.award.AwardExports;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionCandidate;
import vn.thidua.award.DecisionData;
import vn.thidua.award.DecisionDetails;
import vn.thidua.award.DecisionItemSummary;
import vn.thidua.award.DecisionService;
import vn.thidua.award.OwnAwardData;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.UserAdminService;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.TenantContext;

/**
 * One decision: heading data (Decree-30), the list picked from accepted items in the legal order, money per
 * awardee; issuing numbers it and writes the history; exports the decision (DOCX) and the certificates (PDF);
 * revocation of an award with reason and legal basis.
 */
@Route("decisions/:decisionId")
@RolesAllowed(Permission.DECISION_MANAGE)
class DecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DecisionService decisions;
    private final AwardExports exports;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final UserAdminService users;
    private DecisionDetails details;

    DecisionView(
            DecisionService decisions,
            AwardExports exports,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            UserAdminService users) {
        this.decisions = decisions;
        this.exports = exports;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.users = users;
        setWidthFull();
    }

    static String money(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount) + " đ";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("decisionId"))
                .orElseThrow(() -> new NotFoundException("decision"));
        details = decisions.details(id);
        build();
    }

    private void reload() {
        details = decisions.details(details.summary().id());
        build();
    }

    private void build() {
        removeAll();
        var s = details.summary();
        H2 title = new H2(
                s.issued()
                        ? getTranslation("decision.issuedTitle", s.numberText())
                        : getTranslation("decision.draftTitle"));
        title.setId("decision-title");
        add(title);
        if (!s.issued()) {
            add(headingForm());
        } else {
            add(new Span(s.subject() + " — " + vn.thidua.shared.Dates.format(s.decisionDate())));
        }
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!s.issued()) {
            Button add = new Button(getTranslation("decision.addItems"), e -> candidatesDialog());
            add.setId("decision-add-items");
            add.setVisible(s.roundId() != null);
            Button own = new Button(getTranslation("decision.addOwn"), e -> ownDialog());
            own.setId("decision-add-own");
            bar.add(own);
            Button issue = new Button(getTranslation("decision.issue"), e -> issueDialog());
            issue.setId("decision-issue");
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add, issue);
        }
        bar.add(Notices.download(
                getTranslation("decision.downloadDocx"),
                "quyet-dinh-khen-thuong.docx",
                Notices.DOCX,
                () -> exports.decisionDocx(details.summary().id())));
        if (s.issued()) {
            bar.add(Notices.download(
                    getTranslation("decision.downloadCertificates"),
                    "giay-chung-nhan.pdf",
                    Notices.PDF,
                    () -> exports.certificatesPdf(details.summary().id())));
        }
        add(bar);
        add(new H4(getTranslation("decision.items", details.items().size(), money(s.totalAmount()))));
        Grid<DecisionItemSummary> grid = new Grid<>();
        grid.setId("decision-items");
        grid.setAllRowsVisible(true);
        grid.addColumn(DecisionItemSummary::seq)
                .setHeader(getTranslation("list.tt"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(DecisionItemSummary::fullName)
                .setHeader(getTranslation("list.name"))
                .setFlexGrow(2);
        grid.addColumn(DecisionItemSummary::awardName)
                .setHeader(getTranslation("list.award"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.workUnit() == null ? "" : i.workUnit()).setHeader(getTranslation("list.workUnit"));
        grid.addColumn(DecisionItemSummary::originUnitName)
                .setHeader(getTranslation("list.origin"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.amount() == 0 ? "" : money(i.amount()))
                .setHeader(getTranslation("decision.field.amount"));
        if (!s.issued()) {
            grid.addComponentColumn(i -> {
                        Button remove = new Button(getTranslation("nominee.remove"), e -> {
                            if (Notices.attempt(() -> decisions.removeItem(i.id()))) {
                                reload();
                            }
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return remove;
                    })
                    .setAutoWidth(true);
        }
        grid.setItems(details.items());
        add(grid);
        if (s.issued()) {
            add(new H4(getTranslation("decision.records")));
            Grid<AwardRecordSummary> records = new Grid<>();
            records.setId("decision-records");
            records.setAllRowsVisible(true);
            records.addColumn(AwardRecordSummary::fullName)
                    .setHeader(getTranslation("list.name"))
                    .setFlexGrow(2);
            records.addColumn(AwardRecordSummary::awardName)
                    .setHeader(getTranslation("list.award"))
                    .setFlexGrow(2);
            records.addColumn(r -> r.revoked()
                            ? getTranslation("award.revokedWith", r.revokeReason(), r.revokeBasis())
                            : getTranslation("award.valid"))
                    .setHeader(getTranslation("board.status"))
                    .setFlexGrow(2);
            records.addComponentColumn(r -> {
                        Button revoke = new Button(getTranslation("award.revoke"), e -> revokeDialog(r));
                        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        revoke.setEnabled(!r.revoked());
                        return revoke;
                    })
                    .setAutoWidth(true);
            records.setItems(decisions.records(s.id()));
            add(records);
        }
    }

    private FormLayout headingForm() {
        TextField subject = new TextField(getTranslation("decision.field.subject"));
        subject.setId("decision-subject");
        TextField schoolYear = new TextField(getTranslation("round.field.schoolYear"));
        DatePicker date = new DatePicker(getTranslation("decision.field.date"));
        date.setId("decision-date");
        TextField authority = new TextField(getTranslation("decision.field.authority"));
        authority.setHelperText(getTranslation("decision.field.authority.help"));
        Select<String> prefix = new Select<>();
        prefix.setLabel(getTranslation("decision.field.prefix"));
        prefix.setItems("", "KT.", "TM.", "TL.", "Q.");
        prefix.setItemLabelGenerator(p -> p.isEmpty() ? "—" : p);
        TextField signerTitle = new TextField(getTranslation("decision.field.signerTitle"));
        signerTitle.setId("decision-signer-title");
        TextField signerName = new TextField(getTranslation("decision.field.signerName"));
        signerName.setId("decision-signer-name");
        TextField place = new TextField(getTranslation("decision.field.place"));
        TextArea bases = new TextArea(getTranslation("decision.field.bases"));
        DecisionData d = details.toData();
        subject.setValue(nz(d.subject()));
        schoolYear.setValue(nz(d.schoolYear()));
        date.setValue(d.decisionDate());
        authority.setValue(nz(d.authorityLine()));
        prefix.setValue(nz(d.signerPrefix()));
        signerTitle.setValue(nz(d.signerTitle()));
        signerName.setValue(nz(d.signerName()));
        place.setValue(nz(d.place()));
        bases.setValue(nz(d.legalBases()));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                decisions.update(
                        details.summary().id(),
                        new DecisionData(
                                subject.getValue(),
                                schoolYear.getValue(),
                                date.getValue(),
                                authority.getValue(),
                                prefix.getValue(),
                                signerTitle.getValue(),
                                signerName.getValue(),
                                bases.getValue(),
                                place.getValue(),
                                details.summary().version()));
                Notices.success("common.saved");
                reload();
            } catch (ConstraintViolationException ex) {
                Notices.error(new BusinessException("common.error.invalid"));
            } catch (BusinessException ex) {
                Notices.error(ex);
            }
        });
        save.setId("decision-save");
        FormLayout form = new FormLayout(
                subject, schoolYear, date, authority, prefix, signerTitle, signerName, place, bases, save);
        form.setColspan(subject, 2);
        form.setColspan(bases, 2);
        return form;
    }

    private void candidatesDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("decision.addItems"));
        dialog.setWidth("70em");
        Grid<DecisionCandidate> grid = new Grid<>();
        grid.setId("decision-candidates");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(c -> c.received().item().originUnitName())
                .setHeader(getTranslation("list.origin"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.received().senderName())
                .setHeader(getTranslation("decision.sentBy"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.received().item().label())
                .setHeader(getTranslation("list.name"))
                .setFlexGrow(2);
        grid.addColumn(DecisionCandidate::awardName)
                .setHeader(getTranslation("list.award"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.inDecision()
                        ? getTranslation("decision.alreadyIn")
                        : c.decidable() ? "" : getTranslation("decision.notAuthority"))
                .setHeader(getTranslation("board.status"));
        List<DecisionCandidate> candidates =
                decisions.candidates(details.summary().id());
        grid.setItems(candidates);
        candidates.stream().filter(c -> !c.inDecision() && c.decidable()).forEach(grid::select);
        dialog.add(new Span(getTranslation("decision.candidates.help", candidates.size())), grid);
        Button add = new Button(getTranslation("decision.addItems"), e -> {
            if (Notices.attempt(() -> decisions.addItems(
                    details.summary().id(),
                    grid.getSelectedItems().stream()
                            .filter(c -> !c.inDecision())
                            .map(c -> new ReceivedItemRef(
                                    c.received().inboxSubmissionId(),
                                    c.received().item().seq()))
                            .toList()))) {
                dialog.close();
                reload();
            }
        });
        add.setId("decision-candidates-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), add);
        dialog.open();
    }

    /** Adds one of the unit's own people or collectives, for an award the unit decides itself. */
    private void ownDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("decision.addOwn"));
        RadioButtonGroup<String> subject = new RadioButtonGroup<>(getTranslation("nominee.field.subject"));
        subject.setItems("INDIVIDUAL", "COLLECTIVE");
        subject.setItemLabelGenerator(v -> getTranslation("subject." + v));
        subject.setValue("INDIVIDUAL");
        ComboBox<AwardTypeSummary> award = new ComboBox<>(getTranslation("list.award"));
        award.setId("own-award");
        award.setItemLabelGenerator(t -> t.name(getLocale()));
        String unitType =
                orgUnits.get(TenantContext.requireActiveUnitId()).type().name();
        Runnable filter = () -> award.setItems(catalogue.awardTypes(Dates.today()).stream()
                .filter(t -> t.subject().name().equals(subject.getValue()))
                .filter(t -> catalogue.mayDecide(t.code(), unitType))
                .toList());
        subject.addValueChangeListener(e -> filter.run());
        filter.run();
        ComboBox<MemberSummary> staff = new ComboBox<>(getTranslation("nominee.field.staff"));
        staff.setItems(
                Access.can(Permission.USER_VIEW)
                        ? users.members(TenantContext.requireActiveUnitId(), null, 0, 500)
                        : List.of());
        staff.setItemLabelGenerator(m -> m.displayName() + (m.position() == null ? "" : " — " + m.position()));
        TextField name = new TextField(getTranslation("list.name"));
        name.setId("own-name");
        TextField position = new TextField(getTranslation("nominee.field.position"));
        staff.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().displayName());
                position.setValue(
                        e.getValue().position() == null ? "" : e.getValue().position());
            }
        });
        dialog.add(new FormLayout(subject, award, staff, name, position));
        Button ok = new Button(getTranslation("common.save"), e -> {
            MemberSummary m = staff.getValue();
            try {
                decisions.addOwn(
                        details.summary().id(),
                        new OwnAwardData(
                                subject.getValue(),
                                award.getValue() == null ? "" : award.getValue().code(),
                                name.getValue(),
                                position.getValue(),
                                m == null || !m.displayName().equals(name.getValue()) ? null : m.userId()));
                dialog.close();
                reload();
            } catch (ConstraintViolationException ex) {
                Notices.error(new BusinessException("common.error.invalid"));
            } catch (BusinessException ex) {
                Notices.error(ex);
            }
        });
        ok.setId("own-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void issueDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("decision.issue"));
        dialog.add(new Span(
                getTranslation("decision.issue.confirm", details.items().size())));
        Button ok = new Button(getTranslation("decision.issue"), e -> {
            if (Notices.attempt(() ->
                    decisions.issue(details.summary().id(), details.summary().version()))) {
                dialog.close();
                Notices.success("decision.issued");
                reload();
            } else {
                e.getSource().setEnabled(true);
            }
        });
        ok.setId("decision-issue-confirm");
        ok.setDisableOnClick(true);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void revokeDialog(AwardRecordSummary record) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("award.revoke.title", record.fullName()));
        TextArea reason = new TextArea(getTranslation("board.reason"));
        reason.setWidth("30em");
        TextField basis = new TextField(getTranslation("award.revoke.basis"));
        basis.setWidth("30em");
        dialog.add(new VerticalLayout(reason, basis));
        Button ok = new Button(getTranslation("award.revoke"), e -> {
            try {
                decisions.revoke(record.id(), reason.getValue(), basis.getValue());
                dialog.close();
                Notices.success("award.revoked");
                reload();
            } catch (BusinessException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decision.title");
    }
}
