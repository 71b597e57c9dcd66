package vn.thidua.exemplar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.ExemplarService;
import vn.thidua.exemplar.ExemplarSummary;
import vn.thidua.exemplar.GalleryFilter;
import vn.thidua.exemplar.PhaseSummary;
import vn.thidua.exemplar.StoryAudience;
import vn.thidua.exemplar.StoryData;
import vn.thidua.exemplar.StoryService;
import vn.thidua.exemplar.StorySummary;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;
import vn.thidua.tenancy.SchoolType;

/**
 * Thư viện điển hình: the published stories the active unit may read (its province's and nationwide ones), searched
 * by field, school type of the publisher and school year; below, the unit's own stories in any state and, for the
 * officer and the head, writing a new story of one of the unit's exemplars.
 */
@Route("gallery")
@Menu(title = "menu.gallery", order = 44.5, icon = "OPEN_BOOK")
@RolesAllowed(Permission.UNIT_VIEW)
class GalleryView extends VerticalLayout implements HasDynamicTitle {

    private final StoryService stories;
    private final ExemplarService exemplars;
    private final Select<ExemplarField> field = new Select<>();
    private final Select<SchoolType> schoolType = new Select<>();
    private final Select<String> year = new Select<>();
    private final Grid<StorySummary> gallery = new Grid<>();
    private final Grid<StorySummary> own = new Grid<>();

    GalleryView(StoryService stories, ExemplarService exemplars) {
        this.stories = stories;
        this.exemplars = exemplars;
        setWidthFull();
        H2 title = new H2(getTranslation("story.gallery.title"));
        title.setId("gallery-title");
        add(title, new Span(getTranslation("story.gallery.intro")));

        field.setId("gallery-field");
        field.setLabel(getTranslation("exemplar.field"));
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("exemplar.all"));
        field.setItems(ExemplarField.values());
        field.setItemLabelGenerator(
                f -> f == null ? getTranslation("exemplar.all") : getTranslation("exemplar.field." + f.name()));
        schoolType.setId("gallery-school-type");
        schoolType.setLabel(getTranslation("story.schoolType"));
        schoolType.setEmptySelectionAllowed(true);
        schoolType.setEmptySelectionCaption(getTranslation("exemplar.all"));
        schoolType.setItems(SchoolType.values());
        schoolType.setItemLabelGenerator(t -> t == null ? getTranslation("exemplar.all") : t.name());
        year.setId("gallery-year");
        year.setLabel(getTranslation("story.schoolYear"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("exemplar.all"));
        List<String> years = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            years.add(Dates.schoolYear(Dates.today().minusYears(i)));
        }
        year.setItems(years);
        year.setItemLabelGenerator(y -> y == null ? getTranslation("exemplar.all") : y);
        field.addValueChangeListener(e -> refresh());
        schoolType.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(field, schoolType, year);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        gallery.setId("gallery-grid");
        gallery.addComponentColumn(this::link)
                .setHeader(getTranslation("story.title"))
                .setKey("title")
                .setFlexGrow(3);
        gallery.addColumn(StorySummary::unitName).setHeader(getTranslation("story.unit"));
        gallery.addColumn(s -> s.schoolType() == null ? "" : s.schoolType().name())
                .setHeader(getTranslation("story.schoolType"));
        gallery.addColumn(s -> getTranslation("exemplar.field." + s.field().name()))
                .setHeader(getTranslation("exemplar.field"));
        gallery.addColumn(s -> s.schoolYear() == null ? "" : s.schoolYear())
                .setHeader(getTranslation("story.schoolYear"));
        gallery.setAllRowsVisible(true);
        gallery.setWidthFull();
        add(gallery);

        add(new H3(getTranslation("story.own")));
        own.setId("gallery-own");
        own.addComponentColumn(this::link)
                .setHeader(getTranslation("story.title"))
                .setKey("title")
                .setFlexGrow(3);
        own.addColumn(StorySummary::exemplarName).setHeader(getTranslation("story.exemplar"));
        own.addColumn(s -> getTranslation("story.status." + s.status().name()))
                .setHeader(getTranslation("story.status"));
        own.addColumn(s -> getTranslation("story.audience." + s.audience().name()))
                .setHeader(getTranslation("story.audience"));
        own.setAllRowsVisible(true);
        own.setWidthFull();
        add(own);
        if (Access.can(Permission.REGISTRATION_MANAGE)) {
            add(newStoryForm());
        }
        refresh();
    }

    private void refresh() {
        gallery.setItems(stories.gallery(new GalleryFilter(field.getValue(), schoolType.getValue(), year.getValue())));
        own.setItems(stories.ownStories());
    }

    private Component link(StorySummary s) {
        return new RouterLink(s.title(), StoryView.class, new RouteParameters("storyId", String.valueOf(s.id())));
    }

    private Component newStoryForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("story.new")));
        List<ExemplarSummary> all = new ArrayList<>();
        for (PhaseSummary p : exemplars.phases()) {
            all.addAll(exemplars.exemplars(p.id()));
        }
        Select<ExemplarSummary> exemplar = new Select<>();
        exemplar.setId("gallery-new-exemplar");
        exemplar.setLabel(getTranslation("story.exemplar"));
        exemplar.setItems(all);
        exemplar.setItemLabelGenerator(x -> x == null ? "" : x.name());
        TextField title = new TextField(getTranslation("story.title"));
        title.setId("gallery-new-title");
        title.setMaxLength(300);
        title.setWidthFull();
        TextArea text = new TextArea(getTranslation("story.text"));
        text.setId("gallery-new-text");
        text.setWidthFull();
        text.setMinHeight("10em");
        TextArea achievements = new TextArea(getTranslation("story.achievements"));
        achievements.setId("gallery-new-achievements");
        achievements.setWidthFull();
        Button prefill = new Button(getTranslation("story.prefill"), e -> {
            if (exemplar.getValue() != null) {
                achievements.setValue(
                        stories.suggestedAchievements(exemplar.getValue().id()));
            }
        });
        prefill.setId("gallery-new-prefill");
        Select<StoryAudience> audience = new Select<>();
        audience.setId("gallery-new-audience");
        audience.setLabel(getTranslation("story.audience"));
        audience.setItems(StoryAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation("story.audience." + a.name()));
        audience.setValue(StoryAudience.PROVINCE);
        Button save = new Button(getTranslation("story.create"), e -> {
            if (exemplar.getValue() == null) {
                Notices.error(new BusinessException("story.error.exemplarRequired"));
                return;
            }
            long[] id = new long[1];
            if (Notices.attempt(() -> id[0] = stories.create(
                    exemplar.getValue().id(),
                    new StoryData(title.getValue(), text.getValue(), achievements.getValue(), audience.getValue())))) {
                Notices.success("story.saved");
                UI.getCurrent().navigate(StoryView.class, new RouteParameters("storyId", String.valueOf(id[0])));
            }
        });
        save.setId("gallery-new-save");
        HorizontalLayout row = new HorizontalLayout(exemplar, audience);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(row, title, text, achievements, prefill, save);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("story.gallery.title");
    }
}
