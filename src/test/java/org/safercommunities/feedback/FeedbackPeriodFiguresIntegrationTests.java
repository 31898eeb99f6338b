package org.safercommunities.feedback;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Victims' feedback for the board pack and the annual report, answered in 2017/18 (a year no other test uses). */
@IntegrationTest
class FeedbackPeriodFiguresIntegrationTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	FeedbackResponseRepository responses;

	@Autowired
	FeedbackPeriodFigures figures;

	@Test
	void answersTheSatisfiedAndTheirShares() throws Exception {
		FeedbackYearRecords.from(context).seed(YEAR);

		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(YEAR));

		FigureBlock.Count answers = (FigureBlock.Count) blocks.get(0);
		assertThat(answers.current()).isEqualTo(FeedbackYearRecords.ANSWERS);
		assertThat(((FigureBlock.Count) blocks.get(1)).current()).isEqualTo(FeedbackYearRecords.SATISFIED);
		// No answers the year before: 0 when other answers reach back to its start, else missing
		boolean reachBack = responses.findFirstByOrderByAnsweredOnAsc().orElseThrow().getAnsweredOn()
			.isBefore(LocalDate.of(YEAR - 1, 4, 2));
		assertThat(answers.previous()).isEqualTo(reachBack ? Long.valueOf(0) : null);
		FigureBlock.Table shares = (FigureBlock.Table) blocks.get(2);
		// 34 of 40 = 85%, 36 of 40 = 90%; a year without answers has no share, not 0%
		assertThat(shares.rows()).containsExactly(List.of("Happy with support", "85%", ""),
				List.of("Listened to", "90%", ""), List.of("Kept informed", "100%", ""),
				List.of("Would report again", "100%", ""));

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		for (FigureBlock block : blocks) {
			mvc.perform(get(block.source()).cookie(officer)).andExpect(status().isOk());
		}
	}

	@Test
	void aYearBeforeAnyAnswerIsMissingNotZero() {
		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(1990));

		assertThat(((FigureBlock.Count) blocks.get(0)).current()).isZero();
		assertThat(((FigureBlock.Count) blocks.get(0)).previous()).isNull();
		assertThat(((FigureBlock.Count) blocks.get(1)).previous()).isNull();
		assertThat(((FigureBlock.Table) blocks.get(2)).rows()).extracting(row -> row.get(1)).containsOnly("");
	}

}
