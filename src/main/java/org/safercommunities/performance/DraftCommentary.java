package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A first draft of the commentary for an analyst to edit: the figures of the board paper in sentences (volume,
 * change and its significance, exceptions, benchmark and rank, target), and a closing prompt for the analyst's
 * own interpretation, which no calculation can supply.
 */
final class DraftCommentary {

	static final String PROMPT = "[Add what explains these figures and what the partnership is doing about them.]";

	private DraftCommentary() {
	}

	static String write(Indicator indicator, String areaName, IndicatorFigures figures, Optional<Benchmark> benchmark) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder volume = new StringBuilder(figures.fullYear()
				? "%s in %s: %s in the 12 months to %s".formatted(indicator.name(), areaName,
						Numbers.whole(figures.rolling().thisYear()), UkDates.month(figures.periodEnd()))
				: "%s in %s: only %d of the 12 months to %s have data, so there is no rolling-year figure"
					.formatted(indicator.name(), areaName, figures.monthsOfData(), UkDates.month(figures.periodEnd())));
		figures.ratePer1000()
			.ifPresent(rate -> volume.append(", %s per 1,000 residents".formatted(Numbers.twoDecimals(rate))));
		volume.append(". ").append(figures.changeInWords()).append('.');
		paragraphs.add(volume.toString());
		if (figures.exceptions().isEmpty()) {
			paragraphs.add("There were no exceptions: the monthly counts varied only as much as they usually do.");
		}
		else {
			paragraphs.add("Exceptions: " + String.join("; ", figures.exceptions()) + ".");
		}
		benchmark.flatMap(Benchmark::selected).ifPresent(row -> {
			String rank = benchmark.get().rankByNumber()
				.flatMap(byNumber -> benchmark.get().rank().map(byRate -> ", and ranks " + byNumber + " and " + byRate))
				.orElse("");
			paragraphs.add("Against %s (%s per 1,000 together), %s is %s%s.".formatted(benchmark.get().groupName(),
					Numbers.twoDecimals(benchmark.get().pooledRatePer1000()), areaName,
					row.position().substring(0, 1).toLowerCase() + row.position().substring(1), rank));
		});
		figures.target().ifPresent(target -> paragraphs.add(("Target: %s%% on %d (%s), aiming for %s by %s. Now %s, "
				+ "%s%% of the way there: %s.").formatted(target.targetPercentageChange() > 0 ? "+" + Numbers.whole(
						(long) target.targetPercentageChange()) : Numbers.whole((long) target.targetPercentageChange()),
				indicator.target().baselineYear(), Numbers.whole(target.baseline()),
				Numbers.whole(Math.round(target.targetVolume())), indicator.target().by().getYear(),
				Numbers.whole(target.current()), Numbers.whole(Math.round(target.percentageOfTargetAchieved())),
				target.onTrack() ? "on track" : "not on track")));
		paragraphs.add(PROMPT);
		return String.join("\n\n", paragraphs);
	}

}
