package vn.thidua.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.Set;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserData;
import vn.thidua.shared.BusinessException;
import vn.thidua.tenancy.OrgUnitSummary;

/** Dialog to add a user to a unit or edit a member; shows every error next to its field or at the top. */
class UserForm extends Dialog {

    private final UserAdminService users;
    private final OrgUnitSummary unit;
    private final MemberSummary member;
    private final Runnable onChange;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField position = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();
    private final Span error = new Span();

    UserForm(UserAdminService users, OrgUnitSummary unit, MemberSummary member, Runnable onChange) {
        this.users = users;
        this.unit = unit;
        this.member = member;
        this.onChange = onChange;
        setHeaderTitle(
                member == null
                        ? getTranslation("users.form.newTitle", unit.name())
                        : getTranslation("users.form.editTitle", member.displayName()));
        username.setId("user-form-username");
        username.setLabel(getTranslation("user.field.username"));
        username.setRequiredIndicatorVisible(true);
        displayName.setId("user-form-name");
        displayName.setLabel(getTranslation("user.field.name"));
        displayName.setRequiredIndicatorVisible(true);
        email.setId("user-form-email");
        email.setLabel(getTranslation("user.field.email"));
        phone.setLabel(getTranslation("user.field.phone"));
        position.setLabel(getTranslation("user.field.position"));
        roles.setId("user-form-roles");
        roles.setLabel(getTranslation("user.field.roles"));
        Set<Role> grantable = users.grantableRoles();
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setItemEnabledProvider(grantable::contains);
        roles.setHelperText(getTranslation("users.form.rolesHelp"));
        password.setId("user-form-password");
        password.setLabel(getTranslation(member == null ? "user.field.password" : "users.form.newPassword"));
        password.setHelperText(getTranslation("users.form.passwordHelp"));
        error.setId("user-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        if (member != null) {
            username.setValue(member.username());
            username.setReadOnly(true);
            displayName.setValue(member.displayName());
            email.setValue(member.email() == null ? "" : member.email());
            phone.setValue(member.phone() == null ? "" : member.phone());
            position.setValue(member.position() == null ? "" : member.position());
            roles.setValue(member.roles());
        } else {
            roles.setValue(grantable.contains(Role.STAFF) ? Set.of(Role.STAFF) : Set.of());
        }
        FormLayout form = new FormLayout(username, displayName, email, phone, position, password, roles);
        form.setColspan(roles, 2);
        add(error, form);

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("user-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (member != null) {
            Button remove = new Button(getTranslation("users.form.remove"), e -> confirmRemove());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(remove);
        }
        setWidth("48em");
    }

    private void save() {
        error.setText("");
        for (var f : new com.vaadin.flow.component.HasValidation[] {username, displayName, email, phone, password}) {
            f.setInvalid(false);
        }
        if (displayName.isEmpty()) {
            fieldError(displayName, "identity.user.name.required");
            return;
        }
        if (email.isInvalid()) {
            fieldError(email, "identity.user.email.invalid");
            return;
        }
        Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        UserData data = new UserData(
                username.getValue().trim().toLowerCase(java.util.Locale.ROOT),
                displayName.getValue(),
                email.getValue(),
                phone.getValue(),
                position.getValue(),
                chosen,
                password.getValue());
        try {
            if (member == null) {
                users.create(unit.id(), data);
            } else {
                users.update(unit.id(), member.membershipId(), member.version(), data);
                if (!password.isEmpty()) {
                    users.resetPassword(unit.id(), member.membershipId(), password.getValue());
                }
            }
            Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onChange.run();
            close();
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                String field = v.getPropertyPath().toString();
                String key = v.getMessageTemplate().replaceAll("[{}]", "");
                if (field.endsWith("username")) {
                    fieldError(username, key);
                } else if (field.endsWith("displayName")) {
                    fieldError(displayName, key);
                } else if (field.endsWith("email")) {
                    fieldError(email, key);
                } else if (field.endsWith("phone")) {
                    fieldError(phone, key);
                } else {
                    error.setText(getTranslation("common.error.invalid"));
                }
            });
        } catch (BusinessException e) {
            if (e.messageKey().equals("identity.user.passwordTooShort")) {
                fieldError(password, e.messageKey(), e.args());
            } else {
                error.setText(message(e));
            }
        }
    }

    /** The translated message; a role code argument is shown by its Vietnamese name. */
    private String message(BusinessException e) {
        Object[] args = e.args();
        if (e.messageKey().equals("identity.user.roleNotGrantable") && args.length == 1) {
            args = new Object[] {getTranslation("role." + args[0])};
        }
        return getTranslation(e.messageKey(), args);
    }

    private void fieldError(com.vaadin.flow.component.HasValidation field, String key, Object... args) {
        field.setErrorMessage(getTranslation(key, args));
        field.setInvalid(true);
    }

    private void confirmRemove() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("users.form.removeTitle"),
                getTranslation("users.form.removeText", member.displayName(), unit.name()),
                getTranslation("users.form.remove"),
                e -> {
                    try {
                        users.remove(unit.id(), member.membershipId());
                        onChange.run();
                        close();
                    } catch (BusinessException ex) {
                        error.setText(message(ex));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }
}
