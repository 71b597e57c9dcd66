package vn.thidua;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Base of browserless view tests: log a demo user in, then navigate as that user would. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestLogins logins;

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    /**
     * Several test contexts live in one JVM and each installs its own global security-context strategy when it
     * starts; the mocked request captures the global one here, before any login. Make it this context's, or a view
     * test that runs after a test of another context (e.g. one with mail settings) sees an anonymous user.
     */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        securityStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        super.initVaadinEnvironment();
    }

    protected void loginAs(String username, String unitCode) {
        logins.as(username, unitCode);
        UI.getCurrent().setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void logoutAfter() {
        logins.logout();
    }

    /** Navigates by URL (as typed in the address bar). */
    protected void go(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The title of the error page, if one is shown. */
    protected String errorTitle() {
        return $(H2.class).all().stream()
                .filter(h -> "error-title".equals(h.getId().orElse(null)))
                .map(H2::getText)
                .findFirst()
                .orElse(null);
    }
}
