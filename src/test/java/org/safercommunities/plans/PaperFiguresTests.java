package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.IndicatorTotals;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a paper says when a module's records do not cover the period: nothing held gives one line and no zeros;
 * records that start part-way say from when the figures count.
 */
class PaperFiguresTests {

	private static final ReportPeriod YEAR = ReportPeriod.financialYear(2022);

	@Test
	void aModuleWithNoRecordsForThePeriodGivesOneLineAndNoZeros() {
		Map<ReportTopic, List<Paper.Block>> paper = figures(new Module(Optional.of(LocalDate.of(2025, 6, 1))));
		assertThat(paper.get(ReportTopic.CASE_REVIEWS)).singleElement()
			.extracting(block -> ((Paper.Line) block).text()).asString()
			.startsWith("Case Review applications: none are held for this period").doesNotContain(": 0");
		assertThat(figures(new Module(Optional.empty())).get(ReportTopic.CASE_REVIEWS)).hasSize(1);
	}

	@Test
	void recordsStartingPartWaySayFromWhenTheFiguresCount() {
		List<Paper.Block> blocks = figures(new Module(Optional.of(LocalDate.of(2022, 9, 5)))).get(ReportTopic.CASE_REVIEWS);
		assertThat(((Paper.Line) blocks.get(0)).text()).isEqualTo(
				"Case Review applications are held from 5 September 2022: the figures below cover 5 September 2022 to "
						+ "31 March 2023, not the whole period.");
		assertThat(((Paper.Line) blocks.get(1)).text()).startsWith("Applications: 4 (");
	}

	@Test
	void recordsCoveringThePeriodNeedNoNote() {
		List<Paper.Block> blocks = figures(new Module(Optional.of(LocalDate.of(2019, 1, 1)))).get(ReportTopic.CASE_REVIEWS);
		assertThat(blocks).hasSize(1);
		assertThat(((Paper.Line) blocks.get(0)).text()).isEqualTo("Applications: 4 (2 the year before, up 100%)");
	}

	private static Map<ReportTopic, List<Paper.Block>> figures(PeriodFigures module) {
		// The police data has its own integration tests; here the table is left out so only the module speaks.
		PaperFigures figures = new PaperFigures(List.of(module), (IndicatorTotals) null) {
			@Override
			Optional<Paper.Table> policeHateCrime(ReportPeriod period, FigureWording wording, String baseUrl) {
				return Optional.empty();
			}
		};
		return figures.between(YEAR, new FigureWording(messages(), Locale.UK), "https://safer.example");
	}

	/** A module's figures as a real one gives them: its first record, and a count beside the year before. */
	private record Module(Optional<LocalDate> recordsFrom) implements PeriodFigures {

		@Override
		public ReportTopic topic() {
			return ReportTopic.CASE_REVIEWS;
		}

		@Override
		public List<FigureBlock> figures(ReportPeriod period) {
			return List.of(new FigureBlock.Count("case-reviews.applications", "casereview.staff.statistics.applications",
					4, 2L, "/staff/case-reviews/statistics?year=2022"));
		}

	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/plans", "i18n/casereview-staff");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
