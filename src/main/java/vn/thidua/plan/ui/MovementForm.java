package vn.thidua.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import vn.thidua.plan.Milestone;
import vn.thidua.plan.MovementData;
import vn.thidua.plan.MovementDetails;
import vn.thidua.plan.MovementKind;
import vn.thidua.plan.MovementService;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;

/** Creates or edits a movement of the active unit: name, kind, period, description, targets, milestones. */
class MovementForm extends Dialog {

    private final MovementService movements;
    private final MovementDetails existing;
    private final LongConsumer saved;
    private final TextField name = new TextField();
    private final Select<MovementKind> kind = new Select<>();
    private final IntegerField startYear = new IntegerField();
    private final IntegerField endYear = new IntegerField();
    private final TextArea description = new TextArea();
    private final TextArea targets = new TextArea();
    private final List<Row> milestones = new ArrayList<>();
    private final VerticalLayout milestoneBox = new VerticalLayout();

    private static final class Row {
        private String what;
        private LocalDate due;

        Row(String what, LocalDate due) {
            this.what = what;
            this.due = due;
        }
    }

    MovementForm(MovementService movements, MovementDetails existing, LongConsumer saved) {
        this.movements = movements;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "movement.create" : "movement.edit"));
        setWidth("min(95vw, 60em)");
        name.setLabel(getTranslation("movement.field.name"));
        name.setId("movement-name");
        kind.setLabel(getTranslation("movement.field.kind"));
        kind.setItems(MovementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("movement.kind." + k.name()));
        kind.setId("movement-kind");
        startYear.setLabel(getTranslation("movement.field.startYear"));
        startYear.setId("movement-start");
        endYear.setLabel(getTranslation("movement.field.endYear"));
        endYear.setId("movement-end");
        description.setLabel(getTranslation("movement.field.description"));
        description.setId("movement-description");
        targets.setLabel(getTranslation("movement.field.targets"));
        targets.setHelperText(getTranslation("movement.field.targets.help"));
        targets.setId("movement-targets");
        milestoneBox.setPadding(false);
        if (existing == null) {
            int year = Dates.today().getMonthValue() >= 8
                    ? Dates.today().getYear()
                    : Dates.today().getYear() - 1;
            kind.setValue(MovementKind.REGULAR);
            startYear.setValue(year);
            endYear.setValue(year + 1);
            milestones.add(new Row(getTranslation("movement.milestone.midterm"), null));
            milestones.add(new Row(getTranslation("movement.milestone.final"), null));
        } else {
            name.setValue(existing.summary().name());
            kind.setValue(existing.summary().kind());
            startYear.setValue(existing.summary().startYear());
            endYear.setValue(existing.summary().endYear());
            description.setValue(existing.description() == null ? "" : existing.description());
            targets.setValue(existing.targets() == null ? "" : existing.targets());
            existing.milestones().forEach(m -> milestones.add(new Row(m.what(), m.due())));
        }
        FormLayout form = new FormLayout(name, kind, startYear, endYear, description, targets);
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(targets, 2);
        Button add = new Button(getTranslation("movement.milestone.add"), e -> {
            milestones.add(new Row("", null));
            render();
        });
        render();
        add(form, new VerticalLayout(milestoneBox, add));
        Button ok = new Button(getTranslation("common.save"), e -> save());
        ok.setId("movement-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }

    private void render() {
        milestoneBox.removeAll();
        for (int i = 0; i < milestones.size(); i++) {
            Row row = milestones.get(i);
            TextField what = new TextField(getTranslation("movement.milestone.what"));
            what.setWidth("24em");
            what.setValue(row.what);
            what.addValueChangeListener(e -> row.what = e.getValue());
            what.setId("movement-milestone-what-" + i);
            DatePicker due = new DatePicker(getTranslation("movement.milestone.due"));
            due.setValue(row.due);
            due.addValueChangeListener(e -> row.due = e.getValue());
            due.setId("movement-milestone-due-" + i);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                milestones.remove(row);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("common.delete"));
            HorizontalLayout line = new HorizontalLayout(what, due, remove);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            milestoneBox.add(line);
        }
    }

    private void save() {
        MovementData data = new MovementData(
                name.getValue(),
                kind.getValue(),
                startYear.getValue() == null ? 0 : startYear.getValue(),
                endYear.getValue() == null ? 0 : endYear.getValue(),
                description.getValue(),
                Arrays.stream(targets.getValue().split("\\R"))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse(""),
                milestones.stream()
                        .map(r -> new Milestone(r.what, r.due, null, null))
                        .toList(),
                existing == null ? 0 : existing.version());
        long[] id = {existing == null ? 0 : existing.summary().id()};
        if (Notices.attempt(() -> {
            if (existing == null) {
                id[0] = movements.create(data);
            } else {
                movements.update(id[0], data);
            }
        })) {
            close();
            saved.accept(id[0]);
        }
    }
}
