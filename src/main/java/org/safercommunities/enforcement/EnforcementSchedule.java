package org.safercommunities.enforcement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, on one instance (ShedLock), passes unpaid fixed penalty notices past due for prosecution review. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class EnforcementSchedule {

	private final EnforcementRegister register;

	EnforcementSchedule(EnforcementRegister register) {
		this.register = register;
	}

	@Scheduled(cron = "${safer.enforcement.review-cron:0 15 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "enforcement-unpaid-review", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		register.passUnpaidForReview(register.today());
	}

}
