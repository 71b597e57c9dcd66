package vn.thidua.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.thidua.nomination.DisclosureService;
import vn.thidua.nomination.DisclosureSummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/** One published list: its items, its window, the comments and answers; a comment box while it is open. */
class DisclosurePanel extends VerticalLayout {

    DisclosurePanel(DisclosureService disclosures, DisclosureSummary d, Runnable onChange) {
        setPadding(false);
        addClassName("disclosure");
        add(new H4(d.publisherName() + " — " + d.title()));
        Span window = new Span(getTranslation(
                d.open() ? "disclosure.openUntil" : "disclosure.closedOn",
                Dates.format(d.until()),
                Dates.format(d.publishedAt()),
                d.publishedBy()));
        window.getElement().getThemeList().add(d.open() ? "badge" : "badge contrast");
        add(window);
        OrderedList items = new OrderedList();
        d.items().forEach(i -> items.add(new ListItem(i.replaceFirst("^\\d+\\. ", ""))));
        add(items);
        for (DisclosureSummary.Comment c : d.comments()) {
            Div comment = new Div(new Span(getTranslation(
                    "disclosure.comment.by", c.authorName(), c.authorUnitName(), Dates.format(c.createdAt()))));
            comment.add(new Div(new Span(c.text())));
            if (c.answer() != null) {
                Span answer = new Span(getTranslation("disclosure.answer.by", c.answeredBy(), c.answer()));
                answer.getElement().getThemeList().add("badge success");
                comment.add(new Div(answer));
            } else if (d.mine() && Access.can(Permission.SUBMISSION_PREPARE)) {
                TextField answer = new TextField();
                answer.setPlaceholder(getTranslation("disclosure.answer.placeholder"));
                answer.setWidth("30em");
                Button send = new Button(getTranslation("disclosure.answer"), e -> {
                    try {
                        disclosures.answer(c.id(), answer.getValue());
                        Notices.success("common.saved");
                        onChange.run();
                    } catch (BusinessException ex) {
                        answer.setInvalid(true);
                        answer.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    }
                });
                comment.add(new HorizontalLayout(answer, send));
            } else {
                Span waiting = new Span(getTranslation("disclosure.answer.waiting"));
                waiting.getElement().getThemeList().add("badge error");
                comment.add(new Div(waiting));
            }
            comment.getStyle()
                    .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                    .set("padding-left", "0.5em");
            add(comment);
        }
        if (d.open()) {
            TextArea text = new TextArea(getTranslation("disclosure.comment"));
            text.setId("disclosure-comment-" + d.id());
            text.setWidth("36em");
            Button send = new Button(getTranslation("disclosure.comment.send"), e -> {
                try {
                    disclosures.comment(d.id(), text.getValue());
                    Notices.success("disclosure.comment.sent");
                    onChange.run();
                } catch (BusinessException ex) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            send.setId("disclosure-comment-send-" + d.id());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(text, send);
        }
    }
}
