package org.safercommunities.imports;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.safercommunities.shared.IndicatorCounts;

/**
 * Published when an import has finished and its rows are committed: which import, what kind of data, and the
 * months whose data it loaded or replaced (oldest first). Carries no personal data. It is published after the
 * commit, on the importing thread, and heard synchronously, so whoever waits for an import (the command line,
 * tests) also waits for what listeners derive from it: the dashboard refreshes the indicator source the import
 * changed ({@link #indicatorSource()}) for those months.
 */
public record ImportCompleted(long importId, ImportKind kind, List<YearMonth> months) {

	public ImportCompleted {
		months = List.copyOf(months);
	}

	/** The {@link IndicatorCounts} source whose counts the import changed. */
	public String indicatorSource() {
		return kind == ImportKind.POLICE_UK_STREET ? StreetCrimeCounts.SOURCE : HateCrimeCounts.SOURCE;
	}

	/** The months changed, from the first to the last; empty when none was. */
	public Optional<IndicatorCounts.Months> changedMonths() {
		return months.isEmpty() ? Optional.empty()
				: Optional.of(new IndicatorCounts.Months(months.get(0), months.get(months.size() - 1)));
	}

}
