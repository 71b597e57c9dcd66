package vn.thidua.exemplar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.thidua.exemplar.AttachmentSummary;
import vn.thidua.exemplar.LearningKind;
import vn.thidua.exemplar.LearningSummary;
import vn.thidua.exemplar.StoryAudience;
import vn.thidua.exemplar.StoryDetails;
import vn.thidua.exemplar.StoryService;
import vn.thidua.exemplar.StoryStatus;
import vn.thidua.exemplar.StorySummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;

/**
 * One story of the gallery, read-only: its text and achievements. For the publishing unit: its state and the actions
 * of it (the officer submits, the head publishes, withdraws or widens the audience) and the units that learned from
 * it; for the officer or head of another unit: recording that the unit learned from it. A story the active unit may
 * not read is "not found", whatever id is typed.
 */
@Route("gallery/:storyId")
@RolesAllowed(Permission.UNIT_VIEW)
class StoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryService service;
    private StoryDetails details;

    StoryView(StoryService service) {
        this.service = service;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.parse(event.getRouteParameters().get("storyId"))
                .orElseThrow(() -> new NotFoundException("story"));
        details = service.story(id);
        build();
    }

    private void reload() {
        details = service.story(details.summary().id());
        build();
    }

    private void build() {
        removeAll();
        StorySummary s = details.summary();
        add(new RouterLink(getTranslation("story.back"), GalleryView.class));
        H2 title = new H2(s.title());
        title.setId("story-title");
        add(title);
        Span meta = new Span(getTranslation(
                "story.meta",
                s.unitName(),
                s.exemplarName(),
                getTranslation("exemplar.field." + s.field().name()),
                s.schoolYear() == null ? "" : s.schoolYear()));
        meta.setId("story-meta");
        add(meta);
        Paragraph text = new Paragraph(details.text());
        text.setId("story-text");
        text.getStyle().set("white-space", "pre-line");
        add(text);
        if (details.achievements() != null) {
            add(new H3(getTranslation("story.achievements")));
            Paragraph achievements = new Paragraph(details.achievements());
            achievements.setId("story-achievements");
            achievements.getStyle().set("white-space", "pre-line");
            add(achievements);
        }
        add(attachments(s));
        if (s.own()) {
            add(ownTools(s), learnedList());
        } else if (Access.can(Permission.REGISTRATION_MANAGE)) {
            add(learnForm());
            if (!details.learnings().isEmpty()) {
                add(learnedList());
            }
        }
    }

    private Component attachments(StorySummary s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("story-attachments");
        box.add(new H3(getTranslation("story.attachments")));
        if (details.attachments().isEmpty()) {
            box.add(new Span(getTranslation("story.attachments.none")));
        }
        for (AttachmentSummary a : details.attachments()) {
            Anchor link = Notices.download(
                    a.fileName(), a.fileName(), a.contentType(), () -> service.download(s.id(), a.fileId())
                            .bytes());
            link.setId("story-file-" + a.fileId());
            box.add(link);
        }
        boolean editable = s.status() == StoryStatus.DRAFT || s.status() == StoryStatus.WITHDRAWN;
        if (s.own()
                && editable
                && Access.can(Permission.REGISTRATION_MANAGE)
                && Access.can(Permission.SUBMISSION_PREPARE)) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                UI ui = UI.getCurrent();
                if (ui != null) {
                    ui.access(() -> {
                        if (Notices.attempt(() -> service.attach(s.id(), metadata.fileName(), bytes))) {
                            Notices.success("story.saved");
                            reload();
                        }
                    });
                }
            }));
            upload.setId("story-upload");
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
            box.add(upload);
        }
        return box;
    }

    private Component ownTools(StorySummary s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Span state = new Span(getTranslation(
                "story.state",
                getTranslation("story.status." + s.status().name()),
                getTranslation("story.audience." + s.audience().name())));
        state.setId("story-state");
        box.add(state);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        boolean editable = s.status() == StoryStatus.DRAFT || s.status() == StoryStatus.WITHDRAWN;
        if (editable && Access.can(Permission.REGISTRATION_MANAGE)) {
            Button submit = new Button(getTranslation("story.submit"), e -> act(() -> service.submit(s.id())));
            submit.setId("story-submit");
            actions.add(submit);
        }
        if (Access.can(Permission.EXEMPLAR_PUBLISH)) {
            if (s.status() != StoryStatus.PUBLISHED) {
                Button publish = new Button(getTranslation("story.publish"), e -> act(() -> service.publish(s.id())));
                publish.setId("story-publish");
                actions.add(publish);
            } else {
                Button withdraw =
                        new Button(getTranslation("story.withdraw"), e -> act(() -> service.withdraw(s.id())));
                withdraw.setId("story-withdraw");
                actions.add(withdraw);
            }
            Select<StoryAudience> audience = new Select<>();
            audience.setId("story-audience");
            audience.setLabel(getTranslation("story.audience"));
            audience.setItems(StoryAudience.values());
            audience.setItemLabelGenerator(a -> getTranslation("story.audience." + a.name()));
            audience.setValue(s.audience());
            audience.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && e.getValue() != s.audience()) {
                    act(() -> service.changeAudience(s.id(), e.getValue()));
                }
            });
            actions.add(audience);
        }
        box.add(actions);
        return box;
    }

    private void act(Runnable action) {
        if (Notices.attempt(action)) {
            Notices.success("story.saved");
            reload();
        }
    }

    private Component learnedList() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("story.learned")));
        if (details.summary().own()) {
            Span count = new Span(getTranslation("story.learned.count", details.learnedUnits()));
            count.setId("story-learned-count");
            box.add(count);
        }
        Grid<LearningSummary> grid = new Grid<>();
        grid.setId("story-learnings");
        grid.addColumn(LearningSummary::unitName).setHeader(getTranslation("story.unit"));
        grid.addColumn(l -> getTranslation("story.learning.kind." + l.kind().name()))
                .setHeader(getTranslation("story.learning.kind"));
        grid.addColumn(l -> Dates.format(l.date())).setHeader(getTranslation("story.learning.date"));
        grid.addColumn(l -> l.note() == null ? "" : l.note()).setHeader(getTranslation("story.learning.note"));
        grid.setItems(details.learnings());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        box.add(grid);
        return box;
    }

    private Component learnForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("story.learn")));
        Select<LearningKind> kind = new Select<>();
        kind.setId("story-learn-kind");
        kind.setLabel(getTranslation("story.learning.kind"));
        kind.setItems(LearningKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("story.learning.kind." + k.name()));
        kind.setValue(LearningKind.VISIT);
        DatePicker date = new DatePicker(getTranslation("story.learning.date"), Dates.today());
        date.setId("story-learn-date");
        TextField note = new TextField(getTranslation("story.learning.note"));
        note.setId("story-learn-note");
        note.setMaxLength(1000);
        Button save = new Button(
                getTranslation("story.learn"),
                e -> act(() ->
                        service.learn(details.summary().id(), kind.getValue(), date.getValue(), note.getValue())));
        save.setId("story-learn-save");
        HorizontalLayout row = new HorizontalLayout(kind, date, note, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(row);
        return form;
    }

    @Override
    public String getPageTitle() {
        return details == null
                ? getTranslation("story.gallery.title")
                : details.summary().title();
    }
}
