package vn.thidua.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import vn.thidua.tenancy.OidcRegistrationSettings;
import vn.thidua.tenancy.ProvinceDirectory;

/** Login: local account form, the provinces' single sign-on buttons, language choice. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final VerticalLayout sso = new VerticalLayout();
    private LoginI18n shown;

    LoginView(ProvinceDirectory provinces) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        sso.setPadding(false);
        sso.setAlignItems(FlexComponent.Alignment.CENTER);
        add(
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.subtitle")),
                form,
                sso,
                languageSelect());
        show(i18n());
        for (OidcRegistrationSettings r : provinces.usableOidcRegistrations()) {
            Anchor link = new Anchor("oauth2/authorization/" + r.registrationId(), r.displayName());
            link.setRouterIgnore(true);
            link.setTarget(AnchorTarget.SELF);
            sso.add(link);
        }
    }

    private Select<String> languageSelect() {
        Select<String> language = new Select<>();
        language.setItems("vi", "en");
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        language.setValue(Locale.ENGLISH.equals(getLocale()) ? "en" : "vi");
        language.setAriaLabel(getTranslation("language.label"));
        language.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(LocaleInitializer.SESSION_LOCALE, e.getValue());
            UI.getCurrent().getPage().reload();
        });
        return language;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.bad"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error =
                event.getLocation().getQueryParameters().getParameters().get("error");
        if (error == null) {
            return;
        }
        String key = "login.error.bad";
        String kind = error.isEmpty() ? "" : error.getFirst();
        if ("oidc".equals(kind)) {
            key = "login.error.oidc";
        } else if ("noUnit".equals(kind)) {
            key = "login.error.noUnit";
        } else {
            HttpSession session = com.vaadin.flow.server.VaadinServletRequest.getCurrent() == null
                    ? null
                    : com.vaadin.flow.server.VaadinServletRequest.getCurrent()
                            .getHttpServletRequest()
                            .getSession(false);
            Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof AuthenticationException ex
                    && ex.getMessage() != null
                    && ex.getMessage().startsWith("login.error.")) {
                key = ex.getMessage();
            }
        }
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setMessage(getTranslation(key));
        show(i18n);
        form.setError(true);
    }

    private void show(LoginI18n i18n) {
        shown = i18n;
        form.setI18n(i18n);
    }

    /** The texts the form currently shows (the component does not expose them). */
    LoginI18n shownTexts() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
