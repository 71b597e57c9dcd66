package vn.thidua.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the e-mail copy of notifications: plain Vietnamese text, only after the transaction that created them
 * committed, on a small background pool so that a slow or broken mail server never delays or breaks the user's
 * action (a failure is logged). Without a configured mail server ({@code spring.mail.host}) nothing is sent.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** One e-mail to write; the text is rendered from the same message key as the in-app notification. */
    record Mail(String to, String name, NotificationKind kind, String messageKey, List<String> args, String link) {

        Mail {
            args = List.copyOf(args);
        }
    }

    /** Published by {@link NotificationWriter} inside the transaction; handled once it has committed. */
    record MailsAfterCommit(List<Mail> mails) {

        MailsAfterCommit {
            mails = List.copyOf(mails);
        }
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;
    private final ThreadPoolTaskExecutor executor;

    NotificationMailer(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            @Value("${thidua.mail.from:thidua-portal@localhost}") String from,
            @Value("${thidua.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("notification-mail-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10_000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MailsAfterCommit event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug(
                    "No mail server configured: {} notification e-mail(s) not sent",
                    event.mails().size());
            return;
        }
        try {
            executor.execute(() -> event.mails().forEach(mail -> send(sender, mail)));
        } catch (RejectedExecutionException e) {
            log.warn("Notification e-mails dropped, the mail queue is full: {}", e.getMessage());
        }
    }

    void send(JavaMailSender sender, Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(mail.to(), mail.name(), "UTF-8"));
            helper.setSubject(subject(mail));
            helper.setText(body(mail), false);
            sender.send(message);
        } catch (Exception e) {
            log.warn("Notification e-mail to {} failed: {}", mail.to(), e.getMessage());
        }
    }

    String subject(Mail mail) {
        return text(
                "notification.mail.subject",
                text("notification.kind." + mail.kind().name()));
    }

    String body(Mail mail) {
        return String.join(
                "\n",
                text("notification.mail.greeting", mail.name()),
                "",
                text(mail.messageKey(), mail.args().toArray()),
                "",
                text("notification.mail.link", baseUrl + mail.link()),
                "",
                "--",
                text("notification.mail.footer"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
