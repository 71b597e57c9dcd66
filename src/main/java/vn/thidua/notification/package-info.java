/**
 * Notification: in-app notices (the bell with the unread count) and their e-mail copies when a submission is
 * received, returned or accepted, when a decision is issued, and three days before a round's deadline for the
 * member units that have not sent. A notification belongs to a person, not to a unit (ADR 0009): it is read only
 * by its recipient. Written by synchronous listeners in the publisher's transaction; e-mails leave after commit.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "plan", "submission", "award", "registration"})
package vn.thidua.notification;
