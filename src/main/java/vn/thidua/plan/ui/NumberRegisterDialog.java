package vn.thidua.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.thidua.numbering.NumberingService;
import vn.thidua.numbering.SeriesState;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;

/**
 * The unit's register of outgoing documents (sổ văn bản đi) for a year: the last number of each series, and — for a
 * unit that kept its register on paper until now — where the portal continues from.
 */
class NumberRegisterDialog extends Dialog {

    private final NumberingService numbering;
    private final IntegerField year = new IntegerField();
    private final VerticalLayout rows = new VerticalLayout();

    NumberRegisterDialog(NumberingService numbering) {
        this.numbering = numbering;
        setHeaderTitle(getTranslation("numbering.title"));
        setWidth("min(95vw, 44em)");
        year.setLabel(getTranslation("numbering.year"));
        year.setValue(Dates.today().getYear());
        year.setStepButtonsVisible(true);
        year.setId("numbering-year");
        year.addValueChangeListener(e -> render());
        rows.setPadding(false);
        add(new Span(getTranslation("numbering.help")), year, rows);
        render();
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private void render() {
        rows.removeAll();
        if (year.getValue() == null) {
            return;
        }
        for (SeriesState s : numbering.state(year.getValue())) {
            Span label = new Span(getTranslation(
                    "numbering.series." + s.series().name(), String.valueOf(s.lastNumber()), String.valueOf(s.year())));
            label.setWidth("22em");
            IntegerField last = new IntegerField(getTranslation("numbering.lastNumber"));
            last.setMin(s.lastNumber());
            last.setValue(s.lastNumber());
            last.setId("numbering-last-" + s.series().name());
            Button save = new Button(getTranslation("numbering.continue"), e -> {
                if (last.getValue() != null
                        && Notices.attempt(() -> numbering.continueFrom(s.series(), s.year(), last.getValue()))) {
                    Notices.success("numbering.saved", String.valueOf(last.getValue() + 1));
                    render();
                }
            });
            save.setId("numbering-save-" + s.series().name());
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout line = new HorizontalLayout(label, last, save);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            rows.add(line);
        }
    }
}
