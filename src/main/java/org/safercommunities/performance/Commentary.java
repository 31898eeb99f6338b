package org.safercommunities.performance;

import java.time.Instant;
import java.time.YearMonth;

/** One piece of commentary on an indicator, area and period: a draft being written, or as published. */
record Commentary(long id, String indicatorCode, String areaCode, YearMonth periodEnd, Status status, String body,
		String authorName, Instant writtenAt) {

	enum Status {

		DRAFT, PUBLISHED

	}

}
