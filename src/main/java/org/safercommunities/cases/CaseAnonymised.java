package org.safercommunities.cases;

import java.util.List;

/**
 * Published when a closed case's personal data was removed at the end of its retention, naming the reports it carried
 * that no other case still carries, so the module holding them removes theirs too (a report linked to a case is kept
 * as long as the case).
 */
public record CaseAnonymised(long caseId, List<Long> reportIds) {

	public CaseAnonymised {
		reportIds = List.copyOf(reportIds);
	}

}
