package org.safercommunities.audit;

import java.time.LocalDate;

/** Filters of the audit log search page; every one is optional. */
record AuditSearch(String actor, String action, String recordType, String recordId, LocalDate from,
		LocalDate to, Integer page) {

	static final int PAGE_SIZE = 50;

	int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

}
