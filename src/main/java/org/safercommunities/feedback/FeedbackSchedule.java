package org.safercommunities.feedback;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the survey invitations due today, once a day on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class FeedbackSchedule {

	private final FeedbackInvitations invitations;

	private final Clock clock;

	FeedbackSchedule(FeedbackInvitations invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	@Scheduled(cron = "${safer.feedback.invite-cron:0 20 7 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "feedback-invitations", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		invitations.runOn(LocalDate.now(clock.withZone(UkTime.ZONE)));
	}

}
