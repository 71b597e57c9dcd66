package vn.thidua.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.registration.RegistrationRoundData;
import vn.thidua.registration.RegistrationRoundSummary;
import vn.thidua.registration.RegistrationService;
import vn.thidua.registration.TargetData;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;

/**
 * Opens the unit's registration round of a school year, or edits it: name, deadline, and for each title in force a
 * target — a share of staff (individual titles) or a number of registrations.
 */
class RegistrationRoundForm extends Dialog {

    private final TextField name = new TextField();
    private final TextField schoolYear = new TextField();
    private final DatePicker deadline = new DatePicker();
    private final Map<String, IntegerField[]> targetFields = new LinkedHashMap<>();

    RegistrationRoundForm(
            RegistrationService registrations,
            CatalogueService catalogue,
            RegistrationRoundSummary existing,
            LongConsumer onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "registration.round.open" : "registration.round.edit"));
        name.setLabel(getTranslation("registration.field.name"));
        name.setId("registration-round-name");
        name.setWidthFull();
        schoolYear.setLabel(getTranslation("registration.field.schoolYear"));
        schoolYear.setId("registration-round-year");
        schoolYear.setHelperText(getTranslation("registration.field.schoolYear.help"));
        deadline.setLabel(getTranslation("registration.field.deadline"));
        deadline.setId("registration-round-deadline");
        deadline.setLocale(getLocale());
        String year = existing == null ? Dates.schoolYear(Dates.today()) : existing.schoolYear();
        schoolYear.setValue(year);
        schoolYear.setReadOnly(existing != null);
        name.setValue(
                existing == null
                        ? getTranslation("registration.round.defaultName", year.replace('-', '–'))
                        : existing.name());
        if (existing != null) {
            deadline.setValue(existing.deadline());
        }
        FormLayout form = new FormLayout(name, schoolYear, deadline);
        form.setColspan(name, 2);
        add(form);

        VerticalLayout targets = new VerticalLayout();
        targets.setPadding(false);
        targets.setSpacing(false);
        targets.add(new H4(getTranslation("registration.targets")));
        targets.add(new Span(getTranslation("registration.targets.help")));
        for (AwardTypeSummary t : catalogue.awardTypes(Dates.today())) {
            if (t.kind() != AwardKind.TITLE) {
                continue;
            }
            IntegerField percent = new IntegerField();
            percent.setId("registration-target-pct-" + t.code());
            percent.setPlaceholder("%");
            percent.setMin(1);
            percent.setMax(100);
            percent.setWidth("7em");
            percent.setVisible(t.subject() == Subject.INDIVIDUAL);
            IntegerField count = new IntegerField();
            count.setId("registration-target-count-" + t.code());
            count.setPlaceholder(getTranslation("registration.targets.count"));
            count.setMin(1);
            count.setWidth("7em");
            if (existing != null) {
                existing.targets().stream()
                        .filter(x -> x.titleCode().equals(t.code()))
                        .findFirst()
                        .ifPresent(x -> {
                            percent.setValue(x.percent());
                            count.setValue(x.count());
                        });
            }
            Span label = new Span(t.name(getLocale()));
            label.setWidth("18em");
            HorizontalLayout row = new HorizontalLayout(label, percent, count);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            targets.add(row);
            targetFields.put(t.code(), new IntegerField[] {percent, count});
        }
        add(targets);

        Button save = new Button(getTranslation("common.save"), e -> {
            List<TargetData> list = new ArrayList<>();
            targetFields.forEach((code, f) -> {
                if (f[0].getValue() != null || f[1].getValue() != null) {
                    list.add(new TargetData(code, f[0].getValue(), f[1].getValue()));
                }
            });
            RegistrationRoundData data = new RegistrationRoundData(
                    name.getValue(),
                    schoolYear.getValue(),
                    deadline.getValue(),
                    list,
                    existing == null ? 0 : existing.version());
            try {
                RegistrationRoundSummary saved = existing == null
                        ? registrations.openRound(data)
                        : registrations.updateRound(existing.id(), data);
                Notices.success("common.saved");
                close();
                onSaved.accept(saved.id());
            } catch (ConstraintViolationException ex) {
                ex.getConstraintViolations().forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    String message = getTranslation("registration.error.required");
                    if (field.endsWith("name")) {
                        name.setInvalid(true);
                        name.setErrorMessage(message);
                    } else if (field.endsWith("schoolYear")) {
                        schoolYear.setInvalid(true);
                        schoolYear.setErrorMessage(getTranslation("registration.error.schoolYear"));
                    } else if (field.endsWith("deadline")) {
                        deadline.setInvalid(true);
                        deadline.setErrorMessage(message);
                    }
                });
            } catch (BusinessException ex) {
                Notices.error(ex);
            }
        });
        save.setId("registration-round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
