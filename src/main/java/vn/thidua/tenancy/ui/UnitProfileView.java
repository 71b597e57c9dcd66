package vn.thidua.tenancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.thidua.shared.Access;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Permission;
import vn.thidua.shared.RouteIds;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantContext;
import vn.thidua.tenancy.UnitProfileData;
import vn.thidua.tenancy.UnitProfileDetails;
import vn.thidua.tenancy.UnitProfileService;

/**
 * A unit's profile: tree data (read-only, from tenants-config) and contact data, editable by the unit's own
 * administrator. {@code units/:unitId/profile} shows a unit of the active subtree; any other id is "not found".
 */
@Route("profile")
@RouteAlias("units/:unitId/profile")
@Menu(title = "menu.profile", order = 20, icon = "INSTITUTION")
@RolesAllowed(Permission.UNIT_VIEW)
class UnitProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnitProfileService profiles;
    private final OrgUnitService orgUnits;
    private final TextField address = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField headName = new TextField();
    private final TextField abbreviation = new TextField();
    private final Button save = new Button();
    private UnitProfileDetails current;

    UnitProfileView(UnitProfileService profiles, OrgUnitService orgUnits) {
        this.profiles = profiles;
        this.orgUnits = orgUnits;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long unitId =
                RouteIds.parse(event.getRouteParameters().get("unitId")).orElse(TenantContext.requireActiveUnitId());
        if (orgUnits.findVisible(unitId).isEmpty()) {
            throw new NotFoundException("unit " + unitId);
        }
        current = profiles.get(unitId);
        build();
    }

    private void build() {
        removeAll();
        OrgUnitSummary u = current.unit();
        H2 title = new H2(u.name());
        title.setId("profile-title");
        add(title);
        FormLayout facts = new FormLayout();
        facts.addFormItem(readOnly(u.code()), getTranslation("unit.field.code"));
        facts.addFormItem(
                readOnly(
                        u.schoolType() != null
                                ? getTranslation("schoolType." + u.schoolType().name())
                                : getTranslation("unitType." + u.type().name())),
                getTranslation("unit.field.type"));
        facts.addFormItem(
                readOnly(orgUnits.reportsTo(u.id(), LocalDate.now())
                        .map(OrgUnitSummary::name)
                        .orElse("—")),
                getTranslation("unit.field.reportsTo"));
        facts.addFormItem(
                readOnly(Dates.format(u.validFrom()) + (u.validTo() == null ? "" : " – " + Dates.format(u.validTo()))),
                getTranslation("unit.field.validity"));
        String successors =
                orgUnits.successors(u.id()).stream().map(OrgUnitSummary::name).collect(Collectors.joining("; "));
        if (!successors.isEmpty()) {
            facts.addFormItem(readOnly(successors), getTranslation("unit.field.successors"));
        }
        add(facts, new H3(getTranslation("profile.contact")));

        boolean editable = u.id() == TenantContext.requireActiveUnitId() && Access.can(Permission.UNIT_PROFILE_EDIT);
        address.setLabel(getTranslation("unit.field.address"));
        phone.setLabel(getTranslation("unit.field.phone"));
        email.setLabel(getTranslation("unit.field.email"));
        email.setErrorMessage(getTranslation("tenancy.profile.email.invalid"));
        headName.setLabel(getTranslation("unit.field.head"));
        abbreviation.setLabel(getTranslation("unit.field.abbreviation"));
        abbreviation.setHelperText(
                getTranslation("profile.abbreviation.help", u.abbreviation() == null ? "—" : u.abbreviation()));
        address.setId("profile-address");
        phone.setId("profile-phone");
        email.setId("profile-email");
        headName.setId("profile-head");
        abbreviation.setId("profile-abbreviation");
        address.setValue(nullToEmpty(current.address()));
        phone.setValue(nullToEmpty(current.phone()));
        email.setValue(nullToEmpty(current.email()));
        headName.setValue(nullToEmpty(current.headName()));
        abbreviation.setValue(nullToEmpty(current.documentAbbreviation()));
        FormLayout contact = new FormLayout(address, phone, email, headName, abbreviation);
        for (TextField f : new TextField[] {address, phone, headName, abbreviation}) {
            f.setReadOnly(!editable);
        }
        email.setReadOnly(!editable);
        add(contact);
        HorizontalLayout actions = new HorizontalLayout();
        if (editable) {
            save.setText(getTranslation("common.save"));
            save.setId("profile-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            actions.add(save);
        }
        if (Access.can(Permission.USER_VIEW)) {
            actions.add(new Anchor("units/" + u.id() + "/users", getTranslation("tree.openUsers")));
        }
        add(actions);
    }

    private void save() {
        clearErrors();
        try {
            current = profiles.update(
                    current.unit().id(),
                    new UnitProfileData(
                            address.getValue(),
                            phone.getValue(),
                            email.getValue(),
                            headName.getValue(),
                            abbreviation.getValue(),
                            current.version()));
            Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String field = v.getPropertyPath().toString();
                String message = getTranslation(v.getMessageTemplate().replaceAll("[{}]", ""));
                if (field.endsWith("phone")) {
                    phone.setInvalid(true);
                    phone.setErrorMessage(getTranslation("tenancy.profile.phone.invalid"));
                } else if (field.endsWith("email")) {
                    email.setInvalid(true);
                    email.setErrorMessage(getTranslation("tenancy.profile.email.invalid"));
                } else if (field.endsWith("documentAbbreviation")) {
                    abbreviation.setInvalid(true);
                    abbreviation.setErrorMessage(getTranslation("tenancy.profile.abbreviation.invalid"));
                } else {
                    Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            if ("common.error.concurrent".equals(e.messageKey())) {
                current = profiles.get(current.unit().id());
            }
        }
    }

    private void clearErrors() {
        phone.setInvalid(false);
        email.setInvalid(false);
        abbreviation.setInvalid(false);
    }

    private static TextField readOnly(String value) {
        TextField f = new TextField();
        f.setValue(value == null ? "" : value);
        f.setReadOnly(true);
        f.setWidthFull();
        return f;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.profile");
    }
}
