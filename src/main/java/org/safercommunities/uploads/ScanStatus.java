package org.safercommunities.uploads;

/** Whether a kept file has been scanned for malware, and what was found. */
public enum ScanStatus {

	/** No scanner was configured or reachable when it was kept: the scheduled scan will try again. */
	NOT_SCANNED,

	CLEAN,

	/** Found by a later scan: quarantined, never downloaded. */
	INFECTED;

	/** The end of a message key ({@code not-scanned}, {@code clean}, {@code infected}); each module words it. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
