package vn.thidua.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Small view helpers shared by the feature views: translated notifications and generated downloads. */
public final class Notices {

    private Notices() {}

    public static void success(String key, Object... args) {
        Notification.show(UI.getCurrent().getTranslation(key, args)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Shows a rule broken by the user's input where the user is. */
    public static void error(BusinessException e) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(e.messageKey(), e.args()));
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setDuration(8000);
    }

    /** Runs {@code action}; a {@link BusinessException} becomes an error notification. Returns success. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            error(e);
            return false;
        }
    }

    /** A link that downloads bytes produced (and permission-checked) by a service when clicked. */
    public static Anchor download(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                text);
        return anchor;
    }

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
}
