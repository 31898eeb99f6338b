package org.safercommunities.imports;

import java.time.YearMonth;
import java.util.List;

/**
 * Published when an import has finished and its rows are committed: which import, what kind of data, and the
 * months whose data it loaded or replaced (oldest first). Carries no personal data; the performance module
 * refreshes its monthly aggregates for those months.
 */
public record ImportCompleted(long importId, ImportKind kind, List<YearMonth> months) {

	public ImportCompleted {
		months = List.copyOf(months);
	}

}
