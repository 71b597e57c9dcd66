package vn.thidua.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Vaadin translations from the Spring message bundles (i18n/messages*.properties): Vietnamese first. */
@Component
class PortalI18nProvider implements I18NProvider {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> LOCALES = List.of(VIETNAMESE, Locale.ENGLISH);

    private final MessageSource messages;

    PortalI18nProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? VIETNAMESE : locale);
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}
