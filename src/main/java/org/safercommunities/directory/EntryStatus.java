package org.safercommunities.directory;

/**
 * Where an entry stands. Only PUBLISHED and FLAGGED entries are public: a flagged entry is past its
 * confirmation deadline and shown to officers as needing attention, and after the grace period it becomes
 * STALE_HIDDEN until its owner confirms it or an officer approves an update.
 */
enum EntryStatus {

	PUBLISHED, FLAGGED, STALE_HIDDEN, NOT_LISTED, REMOVED;

	public boolean isPublic() {
		return this == PUBLISHED || this == FLAGGED;
	}

	public String messageKey() {
		return "directory-staff.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
