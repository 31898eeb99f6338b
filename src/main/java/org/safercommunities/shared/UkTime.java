package org.safercommunities.shared;

import java.time.ZoneId;

/**
 * The partnership's time zone, named once: report dates, months of the dashboard, audit times and the hour
 * scheduled jobs run at are all London time (GMT or BST), whatever zone the server runs in.
 */
public final class UkTime {

	/** For annotations such as {@code @Scheduled(zone = UkTime.ZONE_ID)}. */
	public static final String ZONE_ID = "Europe/London";

	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	private UkTime() {
	}

}
