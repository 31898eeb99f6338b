package org.safercommunities.uploads;

/** What one malware scan found: the status, and the name of the threat when infected. */
public record ScanResult(ScanStatus status, String threat) {

	/** No scanner was configured or reachable: the file is held until the scheduled scan reaches it. */
	public static final ScanResult NOT_SCANNED = new ScanResult(ScanStatus.NOT_SCANNED, null);

	public boolean infected() {
		return status == ScanStatus.INFECTED;
	}

	/** The worse of two scans of one upload (its original bytes and the cleaned ones). */
	public ScanResult and(ScanResult other) {
		if (infected()) {
			return this;
		}
		if (other.infected() || status == ScanStatus.CLEAN) {
			return other;
		}
		return this;
	}

}
