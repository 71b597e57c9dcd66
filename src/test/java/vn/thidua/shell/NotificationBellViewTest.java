package vn.thidua.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.ViewTest;
import vn.thidua.award.DecisionIssued;
import vn.thidua.notification.NotificationService;
import vn.thidua.notification.NotificationSummary;

/** The bell in the header: unread count, the latest notifications (unread in bold), open one, mark all read. */
class NotificationBellViewTest extends ViewTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    NotificationService notifications;

    /** A decision awarding nominees of the commune office, as the award module would announce it. */
    private String announceDecision() {
        long decisionId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        String label = "QĐ số %d/QĐ-KT ngày 20/07/2026".formatted(decisionId % 1000);
        logins.logout();
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(new DecisionIssued(
                        decisionId, logins.unitId("SGD-TN"), label, Set.of(logins.unitId("XA-PDP-TN")), Set.of())));
        return label;
    }

    /** The badge (hidden when nothing is unread, so reached through the bell). */
    private Span badge() {
        Span badge = (Span) $(Button.class).id("notification-bell").getSuffixComponent();
        assertThat(badge.getId()).contains("notification-count");
        return badge;
    }

    private String count() {
        return badge().isVisible() ? badge().getText() : "0";
    }

    @Test
    void theBellCountsListsOpensAndMarksAllRead() {
        String label = announceDecision();
        loginAs("truongphong.pdp", "XA-PDP-TN");
        navigate(HomeView.class);
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        assertThat(count()).isEqualTo(String.valueOf(unread));
        assertThat($(Button.class).id("notification-bell").getElement().getAttribute("aria-label"))
                .isEqualTo("Thông báo (%d chưa đọc)".formatted(unread));

        Popover popover = $(Popover.class).id("notification-popover");
        popover.open();
        NotificationSummary latest = notifications.latest(1).getFirst();
        assertThat(latest.args()).contains(label);
        Div item = $(Div.class).id("notification-" + latest.id());
        assertThat(item.getElement().getTextRecursively())
                .contains("đã ban hành " + label)
                .contains(vn.thidua.shared.Dates.format(latest.createdAt()));
        assertThat(item.getClassNames()).contains("notification-unread");

        // clicking it marks it read and goes to its link
        ComponentUtil.fireEvent(item, new ClickEvent<>(item));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("awards");
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(count()).isEqualTo(String.valueOf(unread - 1));
        $(Popover.class).id("notification-popover").open();
        assertThat($(Div.class).id("notification-" + latest.id()).getClassNames())
                .contains("notification-read");

        // a new notification shows up on the next navigation
        announceDecision();
        loginAs("truongphong.pdp", "XA-PDP-TN");
        navigate(HomeView.class);
        assertThat(count()).isEqualTo(String.valueOf(unread));

        test($(Button.class).id("notification-mark-all")).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(count()).isEqualTo("0");
        assertThat($(VerticalLayout.class).id("notification-list").getChildren())
                .isNotEmpty()
                .allMatch(c -> c.getElement().getClassList().contains("notification-read"));
    }

    @Test
    void aPersonWithoutNotificationsSeesNoCountAndAnEmptyList() {
        loginAs("vanthu.pdp", "XA-PDP-TN");
        navigate(HomeView.class);
        assertThat(badge().isVisible()).isFalse();
        $(Popover.class).id("notification-popover").open();
        assertThat($(Span.class).id("notification-empty").getText()).isEqualTo("Chưa có thông báo nào.");
    }
}
