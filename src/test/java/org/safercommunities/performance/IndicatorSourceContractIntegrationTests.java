package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The indicator-source contract as a new module will use it: a bean providing a source that indicators already
 * name (here {@code NOT_YET_COLLECTED}, as a cases or enforcement module would provide its own) lights up its
 * indicators, with its coverage, and nothing in the dashboard changes.
 */
@IntegrationTest
@Import(IndicatorSourceContractIntegrationTests.NewModule.class)
class IndicatorSourceContractIntegrationTests {

	static final YearMonth LAST_COMPLETE = YearMonth.now(org.safercommunities.shared.UkTime.ZONE).minusMonths(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void anIndicatorWaitingForItsSourceShowsTheSourcesFiguresOnceAModuleProvidesIt() throws Exception {
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		String page = mvc.perform(get("/staff/dashboard/fixed-penalties").cookie(analyst)).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("No data yet");
		String text = Jsoup.parse(page).text();
		assertThat(text).as("the rolling 12 months of a source counting 7 a month, for 24 covered months")
			.contains("Barnet, 12 months to " + org.safercommunities.shared.UkDates.month(LAST_COMPLETE))
			.contains("Volume, rolling 12 months 84")
			.contains("No change on the previous 12 months (84 against 84)");
		assertThat(Jsoup.parse(page).select("#rolling-table").text()).as("the months of a source counting 7 a month")
			.contains(org.safercommunities.shared.UkDates.shortMonth(LAST_COMPLETE) + " 7");
	}

	/** What a new module adds: one bean. Seven a month for the home borough, for the last 24 complete months. */
	@TestConfiguration(proxyBeanMethods = false)
	static class NewModule {

		@Bean
		IndicatorCounts fixedPenaltyCounts() {
			return new IndicatorCounts() {

				final Months held = new Months(LAST_COMPLETE.minusMonths(23), LAST_COMPLETE);

				@Override
				public String source() {
					return "NOT_YET_COLLECTED";
				}

				@Override
				public long changeMark() {
					return 1;
				}

				@Override
				public Optional<Months> monthsHeld() {
					return Optional.of(held);
				}

				@Override
				public void countMonths(Months months, Consumer<Count> counts) {
					for (YearMonth month = months.first(); !month.isAfter(months.last()); month = month.plusMonths(1)) {
						counts.accept(new Count(ALL, Level.BOROUGH, null, ALL, month.atDay(1), 7));
					}
				}

				@Override
				public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
					List<CoveredMonth> covered = new ArrayList<>();
					for (YearMonth month = held.first(); !month.isAfter(held.last()); month = month.plusMonths(1)) {
						covered.add(new CoveredMonth(null, month, true, null));
					}
					return covered;
				}

			};
		}

	}

}
