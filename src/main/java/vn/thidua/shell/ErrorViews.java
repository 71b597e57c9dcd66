package vn.thidua.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.shared.NotFoundException;

/** Error pages: a clear message and a way home, never a stack trace. */
final class ErrorViews {

    private static final Logger log = LoggerFactory.getLogger(ErrorViews.class);

    private ErrorViews() {}

    abstract static class ErrorPage extends VerticalLayout {
        void show(String titleKey, String messageKey) {
            removeAll();
            H2 title = new H2(getTranslation(titleKey));
            title.setId("error-title");
            add(title, new Paragraph(getTranslation(messageKey)), new Anchor("", getTranslation("error.home")));
        }
    }

    /** A unit, user or page outside the active unit's reach looks exactly like one that does not exist. */
    @PermitAll
    static class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            show("error.notFound.title", "error.notFound.message");
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    @PermitAll
    static class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            show("error.notFound.title", "error.notFound.message");
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    @PermitAll
    static class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            log.error("Unexpected error at {}", event.getLocation().getPath(), parameter.getException());
            show("error.internal.title", "error.internal.message");
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
