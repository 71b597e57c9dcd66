package vn.thidua.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs for the deadline reminder ({@link RoundReminders}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {}
