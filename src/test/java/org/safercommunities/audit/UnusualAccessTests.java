package org.safercommunities.audit;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.UkTime;

import static org.assertj.core.api.Assertions.assertThat;

class UnusualAccessTests {

	private final UnusualAccess unusual = new UnusualAccess(null, null, new UnusualAccessSettings(100, 20, 7, 19, 3));

	@Test
	void workingHoursAreSevenToSevenOnWeekdaysInUkTime() {
		assertThat(outOfHours("2026-12-03T06:59")).isTrue();
		assertThat(outOfHours("2026-12-03T07:00")).isFalse();
		assertThat(outOfHours("2026-12-03T18:59")).isFalse();
		assertThat(outOfHours("2026-12-03T19:00")).isTrue();
		assertThat(outOfHours("2026-12-05T12:00")).as("a Saturday").isTrue();
		// British Summer Time: 07:30 in London is 06:30 UTC.
		assertThat(outOfHours("2026-07-01T07:30")).isFalse();
	}

	private boolean outOfHours(String ukLocal) {
		return unusual.outOfHours(LocalDateTime.parse(ukLocal).atZone(UkTime.ZONE).toInstant());
	}

}
