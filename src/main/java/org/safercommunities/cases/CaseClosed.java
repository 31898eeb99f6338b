package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;

/** Published when a case is closed, naming the reports it holds, so the victim can be asked for feedback. */
public record CaseClosed(long caseId, List<Long> reportIds, LocalDate closedOn) {

	public CaseClosed {
		reportIds = List.copyOf(reportIds);
	}

}
