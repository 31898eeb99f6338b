package org.safercommunities.marac;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CS MARAC's figures for the board pack and the annual report: seed 001's Table 1, held in 2017/18 (a year no
 * other MARAC test uses) so the meetings counted are this test's own.
 */
@IntegrationTest
class MaracPeriodFiguresIntegrationTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	List<PeriodFigures> modules;

	@Autowired
	MaracStatistics statistics;

	@Test
	void tableOneWithItsAveragesAndTheMeetingsHeld() throws Exception {
		MaracYearRecords.from(context).seedTableOne(data.anOrganisation().getId(), YEAR);
		PeriodFigures marac = modules.stream().filter(MaracPeriodFigures.class::isInstance).findFirst().orElseThrow();

		List<FigureBlock> blocks = marac.figures(ReportPeriod.financialYear(YEAR));

		FigureBlock.Count meetings = (FigureBlock.Count) blocks.get(0);
		assertThat(meetings.code()).isEqualTo("marac.meetings");
		assertThat(meetings.current()).isEqualTo(8);
		// The year before holds only the March meeting before the first: held when the records reach back to its
		// start (another test's older meetings), missing when that March meeting is the first record
		boolean reachBack = statistics.firstMeeting().orElseThrow().isBefore(java.time.LocalDate.of(YEAR - 1, 4, 2));
		assertThat(meetings.previous()).isEqualTo(reachBack ? Long.valueOf(1) : null);
		FigureBlock.Table table = (FigureBlock.Table) blocks.get(1);
		assertThat(table.columnKeys()).containsExactly("marac.statistics.meeting", "marac.statistics.heard",
				"marac.statistics.new", "marac.statistics.closed");
		List<java.time.LocalDate> dates = MaracYearRecords.from(context).meetingDates(YEAR);
		assertThat(table.rows()).hasSize(9);
		assertThat(table.rows().get(0)).containsExactly(UkDates.day(dates.get(0)), "26", "7", "8");
		assertThat(table.rows().get(7)).containsExactly(UkDates.day(dates.get(7)), "16", "1", "1");
		// "between 19 to 20 cases heard", "between 3 to 4 new referrals", "between 4 and 5 … closed"
		assertThat(table.rows().get(8)).containsExactly("Average per meeting", "19.875", "3.625", "4.250");
		assertThat(table.source()).isEqualTo("/staff/marac/statistics?year=" + YEAR);

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		for (FigureBlock block : blocks) {
			mvc.perform(get(block.source()).cookie(officer)).andExpect(status().isOk());
		}
	}

	@Test
	void aPeriodBeforeAnyMeetingHasNoneAndNoComparison() {
		PeriodFigures marac = modules.stream().filter(MaracPeriodFigures.class::isInstance).findFirst().orElseThrow();

		List<FigureBlock> blocks = marac.figures(ReportPeriod.financialYear(1990));

		assertThat(((FigureBlock.Count) blocks.get(0)).current()).isZero();
		assertThat(((FigureBlock.Count) blocks.get(0)).previous()).as("missing, not zero").isNull();
		assertThat(((FigureBlock.Table) blocks.get(1)).rows()).as("no average row without a meeting").isEmpty();
	}

}
