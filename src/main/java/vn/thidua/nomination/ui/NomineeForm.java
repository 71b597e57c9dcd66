package vn.thidua.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.identity.MemberSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.nomination.NomineeSummary;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Notices;

/**
 * Adds or edits a nominee: the columns of the official list, the achievement report written in the form (or
 * uploaded in the dossier), the initiative recognition for CSTĐ. Staff of the unit can be picked to fill the
 * person in (and link the award history to them).
 */
class NomineeForm extends Dialog {

    private final RadioButtonGroup<String> subject = new RadioButtonGroup<>();
    private final ComboBox<AwardTypeSummary> award = new ComboBox<>();
    private final ComboBox<MemberSummary> staff = new ComboBox<>();
    private final TextField fullName = new TextField();
    private final TextField position = new TextField();
    private final TextField workUnit = new TextField();
    private final IntegerField years = new IntegerField();
    private final TextArea summary = new TextArea();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextArea report = new TextArea();
    private final TextField initiative = new TextField();
    private Long personUserId;

    NomineeForm(
            NominationService nominations,
            long dossierId,
            List<AwardTypeSummary> allowed,
            List<MemberSummary> members,
            String defaultWorkUnit,
            NomineeSummary existing,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "nominee.add" : "nominee.edit"));
        setWidth("56em");
        subject.setLabel(getTranslation("nominee.field.subject"));
        subject.setItems("INDIVIDUAL", "COLLECTIVE");
        subject.setItemLabelGenerator(s -> getTranslation("subject." + s));
        subject.setValue("INDIVIDUAL");
        award.setLabel(getTranslation("list.award"));
        award.setId("nominee-award");
        award.setItemLabelGenerator(t -> t.name(getLocale()));
        Runnable filterAwards = () -> {
            List<AwardTypeSummary> items = allowed.stream()
                    .filter(t -> t.subject().name().equals(subject.getValue()))
                    .toList();
            award.setItems(items);
            if (award.getValue() != null && !items.contains(award.getValue())) {
                award.clear();
            }
        };
        subject.addValueChangeListener(e -> filterAwards.run());
        filterAwards.run();
        staff.setLabel(getTranslation("nominee.field.staff"));
        staff.setId("nominee-staff");
        staff.setItems(members);
        staff.setItemLabelGenerator(m -> m.displayName() + (m.position() == null ? "" : " — " + m.position()));
        staff.setClearButtonVisible(true);
        staff.addValueChangeListener(e -> {
            MemberSummary m = e.getValue();
            personUserId = m == null ? null : m.userId();
            if (m != null) {
                fullName.setValue(m.displayName());
                position.setValue(m.position() == null ? "" : m.position());
                phone.setValue(m.phone() == null ? "" : m.phone());
                email.setValue(m.email() == null ? "" : m.email());
            }
        });
        fullName.setLabel(getTranslation("list.name"));
        fullName.setId("nominee-name");
        position.setLabel(getTranslation("nominee.field.position"));
        workUnit.setLabel(getTranslation("list.workUnit"));
        workUnit.setId("nominee-work-unit");
        years.setLabel(getTranslation("list.years"));
        years.setMin(0);
        years.setMax(60);
        summary.setLabel(getTranslation("list.summary"));
        summary.setId("nominee-summary");
        phone.setLabel(getTranslation("nominee.field.phone"));
        phone.setId("nominee-phone");
        email.setLabel(getTranslation("nominee.field.email"));
        report.setLabel(getTranslation("nominee.field.report"));
        report.setId("nominee-report");
        report.setHelperText(getTranslation("nominee.field.report.help"));
        initiative.setLabel(getTranslation("nominee.field.initiative"));
        initiative.setId("nominee-initiative");
        initiative.setHelperText(getTranslation("nominee.field.initiative.help"));
        if (existing != null) {
            subject.setValue(existing.subject());
            filterAwards.run();
            allowed.stream()
                    .filter(t -> t.code().equals(existing.awardCode()))
                    .findFirst()
                    .ifPresent(award::setValue);
            fullName.setValue(existing.fullName());
            position.setValue(nz(existing.position()));
            workUnit.setValue(nz(existing.workUnit()));
            years.setValue(existing.yearsOfService());
            summary.setValue(nz(existing.achievementSummary()));
            phone.setValue(nz(existing.phone()));
            email.setValue(nz(existing.email()));
            report.setValue(nz(existing.reportText()));
            initiative.setValue(nz(existing.initiativeText()));
            personUserId = existing.personUserId();
        } else {
            workUnit.setValue(defaultWorkUnit);
        }
        FormLayout form = new FormLayout(
                subject, award, staff, fullName, position, workUnit, years, phone, email, summary, report, initiative);
        form.setColspan(summary, 2);
        form.setColspan(report, 2);
        form.setColspan(initiative, 2);
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            AwardTypeSummary type = award.getValue();
            NomineeData data = new NomineeData(
                    subject.getValue(),
                    type == null ? "" : type.code(),
                    fullName.getValue(),
                    position.getValue(),
                    workUnit.getValue(),
                    years.getValue(),
                    summary.getValue(),
                    phone.getValue(),
                    email.getValue(),
                    personUserId,
                    report.getValue(),
                    initiative.getValue(),
                    existing == null ? 0 : existing.version());
            try {
                if (existing == null) {
                    nominations.addNominee(dossierId, data);
                } else {
                    nominations.updateNominee(existing.id(), data);
                }
                close();
                Notices.success("common.saved");
                onSaved.run();
            } catch (ConstraintViolationException ex) {
                ex.getConstraintViolations().forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    if (field.endsWith("awardCode")) {
                        award.setInvalid(true);
                        award.setErrorMessage(getTranslation("nominee.error.award"));
                    } else if (field.endsWith("fullName")) {
                        fullName.setInvalid(true);
                        fullName.setErrorMessage(getTranslation("nominee.error.name"));
                    } else if (field.endsWith("phone")) {
                        phone.setInvalid(true);
                        phone.setErrorMessage(getTranslation("nomination.error.phone"));
                    } else if (field.endsWith("email")) {
                        email.setInvalid(true);
                        email.setErrorMessage(getTranslation("nominee.error.email"));
                    } else if (field.endsWith("yearsOfService")) {
                        years.setInvalid(true);
                        years.setErrorMessage(getTranslation("nominee.error.years"));
                    } else {
                        Notices.error(new BusinessException("common.error.invalid"));
                    }
                });
            } catch (BusinessException ex) {
                Notices.error(ex);
            }
        });
        save.setId("nominee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
