package org.safercommunities.cases;

import java.util.List;

/** Published when a case is opened, naming the reports it was opened from (none for a case opened directly). */
public record CaseOpened(long caseId, String reference, List<Long> reportIds) {

	public CaseOpened {
		reportIds = List.copyOf(reportIds);
	}

}
