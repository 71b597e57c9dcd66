package vn.thidua.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;

/** Opens a new round or edits one the active unit opened. */
class RoundForm extends Dialog {

    private final TextField name = new TextField();
    private final TextField schoolYear = new TextField();
    private final DatePicker deadline = new DatePicker();
    private final MultiSelectComboBox<AwardTypeSummary> codes = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();
    private final IntegerField disclosureDays = new IntegerField();

    RoundForm(RoundService rounds, CatalogueService catalogue, RoundSummary existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "round.open" : "round.edit"));
        name.setLabel(getTranslation("round.field.name"));
        name.setId("round-name");
        name.setWidthFull();
        schoolYear.setLabel(getTranslation("round.field.schoolYear"));
        schoolYear.setId("round-school-year");
        schoolYear.setHelperText(getTranslation("round.field.schoolYear.help"));
        deadline.setLabel(getTranslation("round.field.deadline"));
        deadline.setId("round-deadline");
        deadline.setLocale(getLocale());
        codes.setLabel(getTranslation("round.field.codes"));
        codes.setId("round-codes");
        codes.setItems(catalogue.awardTypes(Dates.today()));
        codes.setItemLabelGenerator(t -> t.name(getLocale()));
        disclosureDays.setLabel(getTranslation("round.field.disclosureDays"));
        disclosureDays.setId("round-disclosure-days");
        disclosureDays.setHelperText(getTranslation("round.field.disclosureDays.help"));
        disclosureDays.setMin(0);
        disclosureDays.setMax(30);
        disclosureDays.setValue(0);
        description.setLabel(getTranslation("round.field.description"));
        description.setWidthFull();
        if (existing != null) {
            name.setValue(existing.name());
            schoolYear.setValue(existing.schoolYear());
            deadline.setValue(existing.deadline());
            codes.setValue(catalogue.awardTypes(Dates.today()).stream()
                    .filter(t -> existing.allowedCodes().contains(t.code()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            description.setValue(existing.description() == null ? "" : existing.description());
            disclosureDays.setValue(existing.disclosureDays());
        } else {
            int year = Dates.today().getMonthValue() >= 8
                    ? Dates.today().getYear()
                    : Dates.today().getYear() - 1;
            schoolYear.setValue(year + "-" + (year + 1));
        }
        FormLayout form = new FormLayout(name, schoolYear, deadline, disclosureDays, codes, description);
        form.setColspan(name, 2);
        form.setColspan(codes, 2);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            Set<String> selected =
                    codes.getValue().stream().map(AwardTypeSummary::code).collect(Collectors.toSet());
            RoundData data = new RoundData(
                    name.getValue(),
                    schoolYear.getValue(),
                    deadline.getValue(),
                    selected,
                    description.getValue(),
                    disclosureDays.getValue() == null ? 0 : disclosureDays.getValue(),
                    existing == null ? 0 : existing.version());
            try {
                if (existing == null) {
                    rounds.open(data);
                } else {
                    rounds.update(existing.id(), data);
                }
                Notices.success("common.saved");
                close();
                onSaved.run();
            } catch (ConstraintViolationException ex) {
                ex.getConstraintViolations().forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    String message = getTranslation("round.error.required");
                    if (field.endsWith("name")) {
                        name.setInvalid(true);
                        name.setErrorMessage(message);
                    } else if (field.endsWith("schoolYear")) {
                        schoolYear.setInvalid(true);
                        schoolYear.setErrorMessage(getTranslation("submission.round.error.schoolYear"));
                    } else if (field.endsWith("deadline")) {
                        deadline.setInvalid(true);
                        deadline.setErrorMessage(message);
                    } else if (field.endsWith("disclosureDays")) {
                        disclosureDays.setInvalid(true);
                        disclosureDays.setErrorMessage(getTranslation("round.error.disclosureDays"));
                    } else if (field.endsWith("allowedCodes")) {
                        codes.setInvalid(true);
                        codes.setErrorMessage(message);
                    }
                });
            } catch (BusinessException ex) {
                Notices.error(ex);
            }
        });
        save.setId("round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
