package vn.thidua.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.registration.MyRegistrationData;
import vn.thidua.registration.RegistrationRoundSummary;
import vn.thidua.registration.RegistrationService;
import vn.thidua.registration.RegistrationSummary;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * A staff member's own registration (Đăng ký thi đua): the unit's round of the school year, the individual titles
 * they aim for (titles only), optionally an award form in its own field, and a short commitment. After the deadline
 * or once the round is closed the form is read-only and the service refuses any change.
 */
@Route("registration")
@Menu(title = "menu.registration", order = 35, icon = "CLIPBOARD_CHECK")
@RolesAllowed(Permission.UNIT_VIEW)
class MyRegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final RegistrationService registrations;
    private final CatalogueService catalogue;
    private final VerticalLayout body = new VerticalLayout();

    MyRegistrationView(RegistrationService registrations, CatalogueService catalogue) {
        this.registrations = registrations;
        this.catalogue = catalogue;
        H2 title = new H2(getTranslation("registration.my.title"));
        title.setId("registration-title");
        body.setPadding(false);
        add(title);
        List<RegistrationRoundSummary> rounds = registrations.rounds();
        if (rounds.isEmpty()) {
            Span none = new Span(getTranslation("registration.my.noRound"));
            none.setId("registration-none");
            add(none);
            return;
        }
        if (rounds.size() > 1) {
            Select<RegistrationRoundSummary> pick = new Select<>();
            pick.setId("registration-round");
            pick.setLabel(getTranslation("registration.field.schoolYear"));
            pick.setItems(rounds);
            pick.setItemLabelGenerator(RegistrationRoundSummary::schoolYear);
            pick.setValue(rounds.getFirst());
            pick.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    show(e.getValue().id());
                }
            });
            add(pick);
        }
        add(body);
        show(rounds.getFirst().id());
    }

    private void show(long roundId) {
        body.removeAll();
        RegistrationRoundSummary round = registrations.round(roundId);
        Optional<RegistrationSummary> mine = registrations.myRegistration(roundId);
        Span meta = new Span(getTranslation(
                "registration.my.meta", round.name(), round.schoolYear(), Dates.format(round.deadline())));
        meta.setId("registration-meta");
        body.add(meta);
        Span status = new Span(mine.map(r -> getTranslation(
                        "registration.my.registered", names(r.titleCodes()), Dates.format(r.updatedAt())))
                .orElseGet(() -> getTranslation("registration.my.notRegistered")));
        status.setId("registration-status");
        body.add(status);

        List<AwardTypeSummary> titles = catalogue.awardTypes(round.deadline()).stream()
                .filter(t -> t.kind() == AwardKind.TITLE && t.subject() == Subject.INDIVIDUAL)
                .toList();
        CheckboxGroup<String> titleBox = new CheckboxGroup<>(getTranslation("registration.field.titles"));
        titleBox.setId("registration-titles");
        titleBox.setItems(titles.stream().map(AwardTypeSummary::code).toList());
        titleBox.setItemLabelGenerator(code -> name(code));
        mine.ifPresent(r -> titleBox.setValue(r.titleCodes()));

        Select<String> form = new Select<>();
        form.setId("registration-form");
        form.setLabel(getTranslation("registration.field.form"));
        form.setHelperText(getTranslation("registration.field.form.help"));
        form.setWidth("28em");
        form.setEmptySelectionAllowed(true);
        form.setEmptySelectionCaption(getTranslation("registration.field.form.none"));
        form.setItems(catalogue.awardTypes(round.deadline()).stream()
                .filter(t -> t.kind() == AwardKind.FORM && t.subject() == Subject.INDIVIDUAL)
                .map(AwardTypeSummary::code)
                .toList());
        form.setItemLabelGenerator(code -> code == null ? "" : name(code));
        mine.map(RegistrationSummary::formCode).ifPresent(form::setValue);

        TextArea commitment = new TextArea(getTranslation("registration.field.commitment"));
        commitment.setId("registration-commitment");
        commitment.setWidthFull();
        commitment.setMaxLength(1000);
        commitment.setHelperText(getTranslation("registration.field.commitment.help"));
        mine.map(RegistrationSummary::commitment).ifPresent(commitment::setValue);

        Button save = new Button(getTranslation(mine.isPresent() ? "registration.my.change" : "registration.my.save"));
        save.setId("registration-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> Notices.attempt(() -> {
            registrations.register(
                    roundId, new MyRegistrationData(titleBox.getValue(), form.getValue(), commitment.getValue()));
            Notices.success("registration.my.saved");
            show(roundId);
        }));
        body.add(titleBox, form, commitment);
        if (round.acceptsStaffChanges()) {
            body.add(save);
        } else {
            titleBox.setReadOnly(true);
            form.setReadOnly(true);
            commitment.setReadOnly(true);
            Paragraph locked = new Paragraph(getTranslation(
                    round.closed() ? "registration.error.closed" : "registration.error.deadlinePassed",
                    Dates.format(round.deadline())));
            locked.setId("registration-locked");
            body.add(locked);
        }
    }

    private String names(Set<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private String name(String code) {
        return catalogue.find(code).map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.my.title");
    }
}
