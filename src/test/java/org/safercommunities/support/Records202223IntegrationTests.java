package org.safercommunities.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared 2022/23 fixture seeds what every module's figures count, in 2024/25 here. Counted against the figures
 * before it, so whatever else shares the database cannot change the result.
 */
@IntegrationTest
class Records202223IntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	List<PeriodFigures> modules;

	@Test
	void everyModuleCountsTheSeededYear() throws Exception {
		ReportPeriod year = ReportPeriod.financialYear(2024);
		Map<String, Long> before = counts(year);
		long casesYearBefore = counts(year.yearBefore()).get("cases.logged");

		assertThat(Records202223.from(context).seed(2024)).isEqualTo(year);

		Map<String, Long> after = counts(year);
		Map<String, Long> added = new HashMap<>();
		after.forEach((code, count) -> added.put(code, count - before.getOrDefault(code, 0L)));
		assertThat(added).containsEntry("cases.logged", 3602L)
			.containsEntry("marac.meetings", 8L)
			.containsEntry("enforcement.penalties", 32L)
			.containsEntry("engagement.staff-trained", 87L)
			.containsEntry("engagement.staff-organisations", 7L)
			.containsEntry("engagement.champions", 32L)
			.containsEntry("centres.active", 12L)
			.containsEntry("centres.returns-received", 140L)
			.containsEntry("feedback.answers", 40L);
		assertThat(counts(year.yearBefore()).get("cases.logged") - casesYearBefore).as("the year before's cases")
			.isEqualTo(2495);
	}

	private Map<String, Long> counts(ReportPeriod period) {
		Map<String, Long> counts = new HashMap<>();
		for (PeriodFigures module : modules) {
			for (FigureBlock block : module.figures(period)) {
				if (block instanceof FigureBlock.Count count) {
					counts.put(count.code(), count.current());
				}
			}
		}
		return counts;
	}

}
