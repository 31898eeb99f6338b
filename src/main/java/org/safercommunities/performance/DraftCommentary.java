package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safercommunities.performance.statistics.Wording;

/**
 * A first draft of the commentary for an analyst to edit: the figures of the board paper in sentences (volume,
 * change and its significance, exceptions, benchmark and rank, target), and a closing prompt for the analyst's
 * own interpretation, which no calculation can supply. The sentences are the {@code performance.draft.*} keys.
 */
final class DraftCommentary {

	static final String PROMPT = Wording.english().text("performance.draft.prompt");

	private DraftCommentary() {
	}

	/** The draft in English, from the bundle itself (no Spring needed). */
	static String write(Indicator indicator, String areaName, IndicatorFigures figures, Optional<Benchmark> benchmark) {
		return write(Wording.english(), indicator, areaName, figures, benchmark);
	}

	static String write(Wording words, Indicator indicator, String areaName, IndicatorFigures figures,
			Optional<Benchmark> benchmark) {
		List<String> paragraphs = new ArrayList<>();
		String periodEnd = UkDates.month(figures.periodEnd());
		if (!figures.fullYear()) {
			paragraphs.add(words.text("performance.draft.volume-part-year", indicator.name(), areaName,
					String.valueOf(figures.monthsOfData()), periodEnd, figures.changeInWords()));
		}
		else if (figures.ratePer1000().isPresent()) {
			paragraphs.add(words.text("performance.draft.volume-with-rate", indicator.name(), areaName,
					Numbers.whole(figures.rolling().thisYear()), periodEnd,
					Numbers.twoDecimals(figures.ratePer1000().get()), figures.changeInWords()));
		}
		else {
			paragraphs.add(words.text("performance.draft.volume", indicator.name(), areaName,
					Numbers.whole(figures.rolling().thisYear()), periodEnd, figures.changeInWords()));
		}
		paragraphs.add(figures.exceptions().isEmpty() ? words.text("performance.draft.no-exceptions")
				: words.text("performance.draft.exceptions", String.join("; ", figures.exceptions())));
		benchmark.ifPresent(b -> b.selected().ifPresent(row -> paragraphs.add(benchmark(words, b, row, areaName))));
		figures.target().ifPresent(target -> paragraphs.add(words.text("performance.draft.target",
				(target.targetPercentageChange() > 0 ? "+" : "") + Numbers.whole((long) target.targetPercentageChange()),
				String.valueOf(indicator.target().baselineYear()), Numbers.whole(target.baseline()),
				Numbers.whole(Math.round(target.targetVolume())), String.valueOf(indicator.target().by().getYear()),
				Numbers.whole(target.current()), Numbers.whole(Math.round(target.percentageOfTargetAchieved())),
				words.text(target.onTrack() ? "performance.draft.on-track" : "performance.draft.not-on-track"))));
		paragraphs.add(words.text("performance.draft.prompt"));
		return String.join("\n\n", paragraphs);
	}

	private static String benchmark(Wording words, Benchmark benchmark, Benchmark.Row row, String areaName) {
		String rank = benchmark.rankByNumber()
			.flatMap(byNumber -> benchmark.rank()
				.map(byRate -> words.text("performance.draft.rank", words.text("performance.rank.by-number", byNumber),
						words.text("performance.rank.by-rate", byRate))))
			.orElse("");
		return words.text("performance.draft.benchmark", benchmark.groupName(),
				Numbers.twoDecimals(benchmark.pooledRatePer1000()), areaName,
				words.text("performance.draft.position." + row.position()), rank);
	}

}
