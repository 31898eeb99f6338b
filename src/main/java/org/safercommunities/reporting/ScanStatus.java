package org.safercommunities.reporting;

/** Whether a kept evidence file has been scanned for malware, and what was found. */
enum ScanStatus {

	/** No scanner was configured or reachable when it was kept: the scheduled scan will try again. */
	NOT_SCANNED,

	CLEAN,

	/** Found by a later scan: quarantined, never downloaded. */
	INFECTED;

	public String messageKey() {
		return "reporting.staff.evidence.scan." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
