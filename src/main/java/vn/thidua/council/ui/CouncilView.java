package vn.thidua.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import vn.thidua.council.BallotMode;
import vn.thidua.council.CouncilMemberSummary;
import vn.thidua.council.CouncilRole;
import vn.thidua.council.CouncilService;
import vn.thidua.council.SessionData;
import vn.thidua.council.SessionSummary;
import vn.thidua.identity.MemberSummary;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Notices;
import vn.thidua.shared.Permission;

/**
 * The unit's council (Hội đồng Thi đua – Khen thưởng): its members with their roles, chosen from the unit's people
 * who may vote; its sessions, newest first; opening a session.
 */
@Route("council")
@Menu(title = "menu.council", order = 42, icon = "GAVEL")
@RolesAllowed(Permission.COUNCIL_MANAGE)
class CouncilView extends VerticalLayout implements HasDynamicTitle {

    private final CouncilService council;
    private final Grid<CouncilMemberSummary> members = new Grid<>();
    private final Grid<SessionSummary> sessions = new Grid<>();
    private final ComboBox<MemberSummary> person = new ComboBox<>();

    CouncilView(CouncilService council) {
        this.council = council;
        setWidthFull();
        H2 title = new H2(getTranslation("council.title"));
        title.setId("council-title");
        add(title, new Span(getTranslation("council.intro")));

        add(new H3(getTranslation("council.members")));
        members.setId("council-members");
        members.addColumn(CouncilMemberSummary::fullName).setHeader(getTranslation("council.member.name"));
        members.addColumn(CouncilMemberSummary::position).setHeader(getTranslation("council.member.position"));
        members.addComponentColumn(m -> {
                    Select<CouncilRole> role = roleSelect();
                    role.setValue(m.role());
                    role.addValueChangeListener(e -> {
                        if (e.isFromClient() && e.getValue() != null) {
                            if (Notices.attempt(() -> council.changeRole(m.id(), e.getValue()))) {
                                Notices.success("council.saved");
                            }
                            refresh();
                        }
                    });
                    return role;
                })
                .setHeader(getTranslation("council.member.role"));
        members.addComponentColumn(m -> {
            Button remove = new Button(getTranslation("council.member.remove"), e -> {
                if (Notices.attempt(() -> council.removeMember(m.id()))) {
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        members.setAllRowsVisible(true);
        add(members);

        person.setId("council-add-person");
        person.setLabel(getTranslation("council.member.add.person"));
        person.setItemLabelGenerator(m -> m.displayName() + (m.position() == null ? "" : " – " + m.position()));
        person.setWidth("28em");
        Select<CouncilRole> role = roleSelect();
        role.setId("council-add-role");
        role.setLabel(getTranslation("council.member.role"));
        role.setValue(CouncilRole.MEMBER);
        Button addMember = new Button(getTranslation("council.member.add"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("council.member.add.required"));
                return;
            }
            if (Notices.attempt(() -> council.addMember(person.getValue().membershipId(), role.getValue()))) {
                Notices.success("council.saved");
                person.clear();
                refresh();
            }
        });
        addMember.setId("council-add-member");
        HorizontalLayout addRow = new HorizontalLayout(person, role, addMember);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(addRow, new Span(getTranslation("council.member.add.hint")));

        add(new H3(getTranslation("council.sessions")));
        sessions.setId("council-sessions");
        sessions.addColumn(s -> Dates.format(s.date())).setHeader(getTranslation("council.session.date"));
        sessions.addColumn(SessionSummary::schoolYear).setHeader(getTranslation("council.session.schoolYear"));
        sessions.addColumn(SessionSummary::place).setHeader(getTranslation("council.session.place"));
        sessions.addColumn(s -> getTranslation("council.mode." + s.mode().name()))
                .setHeader(getTranslation("council.session.mode"));
        sessions.addColumn(s -> s.presentCount() + "/" + s.memberCount())
                .setHeader(getTranslation("council.session.attendance"));
        sessions.addColumn(s -> getTranslation("council.status." + s.status().name()))
                .setHeader(getTranslation("council.session.status"));
        sessions.addComponentColumn(s -> new RouterLink(
                getTranslation("council.session.open"),
                SessionView.class,
                new RouteParameters("sessionId", String.valueOf(s.id()))));
        sessions.setAllRowsVisible(true);
        add(sessions, openForm());
        refresh();
    }

    private Select<CouncilRole> roleSelect() {
        Select<CouncilRole> role = new Select<>();
        role.setItems(CouncilRole.values());
        role.setItemLabelGenerator(r -> getTranslation("council.role." + r.name()));
        return role;
    }

    private VerticalLayout openForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("council.session.new")));
        DatePicker date = new DatePicker(getTranslation("council.session.date"), Dates.today());
        date.setId("council-new-date");
        TextField time = new TextField(getTranslation("council.session.time"));
        time.setId("council-new-time");
        time.setValue(getTranslation("council.session.time.default"));
        TextField place = new TextField(getTranslation("council.session.place"));
        place.setId("council-new-place");
        place.setWidth("24em");
        TextField locality = new TextField(getTranslation("council.session.locality"));
        locality.setId("council-new-locality");
        locality.setHelperText(getTranslation("council.session.locality.hint"));
        TextField year = new TextField(getTranslation("council.session.schoolYear"));
        year.setId("council-new-year");
        year.setValue(Dates.schoolYear(Dates.today()));
        Select<BallotMode> mode = new Select<>();
        mode.setId("council-new-mode");
        mode.setLabel(getTranslation("council.session.mode"));
        mode.setItems(BallotMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("council.mode." + m.name()));
        mode.setValue(BallotMode.ONLINE);
        TextArea agenda = new TextArea(getTranslation("council.session.agenda"));
        agenda.setId("council-new-agenda");
        agenda.setWidthFull();
        agenda.setValue(getTranslation("council.session.agenda.default"));
        Button open = new Button(getTranslation("council.session.create"), e -> {
            if (date.getValue() == null
                    || place.getValue().isBlank()
                    || agenda.getValue().isBlank()
                    || !year.getValue().matches("\\d{4}-\\d{4}")) {
                Notices.error(new vn.thidua.shared.BusinessException("council.session.error.required"));
                return;
            }
            long[] id = new long[1];
            if (Notices.attempt(() -> id[0] = council.openSession(new SessionData(
                    date.getValue(),
                    time.getValue(),
                    place.getValue(),
                    locality.getValue(),
                    year.getValue().strip(),
                    agenda.getValue(),
                    mode.getValue())))) {
                getUI().ifPresent(ui ->
                        ui.navigate(SessionView.class, new RouteParameters("sessionId", String.valueOf(id[0]))));
            }
        });
        open.setId("council-new-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row1 = new HorizontalLayout(date, time, place);
        HorizontalLayout row2 = new HorizontalLayout(locality, year, mode);
        form.add(row1, row2, agenda, open);
        return form;
    }

    private void refresh() {
        members.setItems(council.members());
        person.setItems(council.eligibleMembers());
        sessions.setItems(council.sessions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("council.title");
    }
}
