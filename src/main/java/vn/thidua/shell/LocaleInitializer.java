package vn.thidua.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;

/** Every UI starts in the user's remembered language, Vietnamese by default (also before login). */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_LOCALE = "thidua.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(currentLocale()));
    }

    static Locale currentLocale() {
        String tag = CurrentUser.get().map(PortalPrincipal::locale).orElse(null);
        if (tag == null && VaadinSession.getCurrent() != null) {
            Object chosen = VaadinSession.getCurrent().getAttribute(SESSION_LOCALE);
            tag = chosen == null ? null : chosen.toString();
        }
        return "en".equals(tag) ? Locale.ENGLISH : PortalI18nProvider.VIETNAMESE;
    }
}
