/**
 * E-mail and reminders. Other modules queue messages through {@link org.safercommunities.notifications.Mailer};
 * the outbox delivers them over SMTP ({@code spring.mail.*}) on a schedule, retrying after failures.
 * Public API: {@link org.safercommunities.notifications.Mailer}, {@link org.safercommunities.notifications.Email}.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "crypto", "retention", "shared" })
package org.safercommunities.notifications;

import org.springframework.modulith.ApplicationModule;
