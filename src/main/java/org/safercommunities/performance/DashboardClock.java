package org.safercommunities.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.safercommunities.shared.UkTime;
import org.springframework.stereotype.Component;

/** Today in London, for the dashboard: the month in progress, the last complete month, the weeks kept. */
@Component
class DashboardClock {

	/** Weeks of early-warning history kept: a year and a bit, enough for EARS C2's baseline and lag. */
	static final int WEEKS_KEPT = 53;

	private final Clock clock;

	DashboardClock(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	YearMonth lastCompleteMonth() {
		return YearMonth.from(today()).minusMonths(1);
	}

}
