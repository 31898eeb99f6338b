package org.safercommunities.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers the outbox every half minute on one instance at a time. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class OutboxSchedule {

	private final Mailer mailer;

	OutboxSchedule(Mailer mailer) {
		this.mailer = mailer;
	}

	@Scheduled(fixedDelayString = "${safer.notifications.delivery-interval:PT30S}")
	@SchedulerLock(name = "email-outbox", lockAtMostFor = "PT5M")
	void deliver() {
		mailer.deliverPending();
	}

}
