package vn.thidua.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.registration.RegistrationRoundSummary;
import vn.thidua.registration.RegistrationSending;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/** Sending the round's list up to the upper unit's receiving round, and the versions sent with their outcome. */
class SendUpPanel extends VerticalLayout {

    private final RegistrationSending sending;
    private final CatalogueService catalogue;
    private final RegistrationRoundSummary round;
    private final int registered;
    /** One key per shown "Gửi" button: a double click or a retry sends once. */
    private String sendKey = UUID.randomUUID().toString();

    SendUpPanel(
            RegistrationSending sending, CatalogueService catalogue, RegistrationRoundSummary round, int registered) {
        this.sending = sending;
        this.catalogue = catalogue;
        this.round = round;
        this.registered = registered;
        setPadding(false);
        setId("registration-send-panel");
        build();
    }

    private void build() {
        removeAll();
        add(new H3(getTranslation("registration.send.title")));
        List<SubmissionSummary> history = sending.history(round.id());
        List<RoundSummary> receiving = sending.receivingRounds(round.id());
        boolean blocked = !history.isEmpty()
                && (history.getFirst().status() == SubmissionStatus.SENT
                        || history.getFirst().status() == SubmissionStatus.ACCEPTED);
        if (receiving.isEmpty()) {
            Span none = new Span(getTranslation("registration.send.noRound", round.schoolYear()));
            none.setId("registration-send-none");
            add(none);
        } else if (!blocked) {
            Select<RoundSummary> target = new Select<>();
            target.setId("registration-send-round");
            target.setLabel(getTranslation("registration.send.round"));
            target.setItems(receiving);
            target.setItemLabelGenerator(r -> r.name() + " — " + r.ownerName());
            target.setValue(receiving.getFirst());
            Button send = new Button(
                    getTranslation("registration.send.button", registered),
                    e -> Notices.attempt(() -> {
                        SubmissionSummary sent =
                                sending.send(round.id(), target.getValue().id(), sendKey);
                        sendKey = UUID.randomUUID().toString();
                        Notices.success("registration.send.sent", sent.receiverName(), sent.versionNo());
                        build();
                    }));
            send.setId("registration-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(target, send);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        if (!history.isEmpty()) {
            Grid<SubmissionSummary> grid = new Grid<>();
            grid.setId("registration-send-history");
            grid.setAllRowsVisible(true);
            grid.addColumn(SubmissionSummary::versionNo).setHeader(getTranslation("registration.send.version"));
            grid.addColumn(s -> Dates.format(s.sentAt())).setHeader(getTranslation("registration.send.sentAt"));
            grid.addColumn(SubmissionSummary::receiverName).setHeader(getTranslation("registration.send.receiver"));
            grid.addColumn(s -> getTranslation(
                            "registration.send.status." + s.status().name()))
                    .setHeader(getTranslation("registration.field.status"));
            grid.addColumn(s -> s.categoryCounts().entrySet().stream()
                            .map(c -> catalogue
                                            .find(c.getKey())
                                            .map(t -> t.name(getLocale()))
                                            .orElse(c.getKey()) + ": " + c.getValue())
                            .collect(Collectors.joining("; ")))
                    .setHeader(getTranslation("registration.send.counts"))
                    .setFlexGrow(3);
            grid.addColumn(s -> s.returnReason() == null ? "" : s.returnReason())
                    .setHeader(getTranslation("registration.send.reason"))
                    .setFlexGrow(2);
            grid.setItems(history);
            add(grid);
        }
    }
}
