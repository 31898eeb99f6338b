package org.safercommunities.engagement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Engagement's figures for the board pack and the annual report: seed 001's "87 staff at 7 organisations" and 32
 * champions, recorded in 2017/18 (a year no other engagement test uses).
 */
@IntegrationTest
class EngagementPeriodFiguresIntegrationTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	EngagementPeriodFigures figures;

	@Autowired
	EngagementCounts counts;

	@Test
	void staffTrainedTheirOrganisationsEventsAndChampions() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		EngagementYearRecords.as(mvc, officer).seed(data, YEAR);

		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(YEAR));

		Map<String, FigureBlock.Count> byCode = blocks.stream().map(FigureBlock.Count.class::cast)
			.collect(Collectors.toMap(FigureBlock.Count::code, count -> count));
		assertThat(byCode.get("engagement.staff-trained").current()).isEqualTo(87);
		assertThat(byCode.get("engagement.staff-organisations").current()).isEqualTo(7);
		assertThat(byCode.get("engagement.workshops").current()).isEqualTo(9);
		assertThat(byCode.get("engagement.residents-trained").current()).isEqualTo(85);
		assertThat(byCode.get("engagement.events").current()).isEqualTo(3);
		assertThat(byCode.get("engagement.residents-engaged").current()).isEqualTo(300);
		assertThat(byCode.get("engagement.champions").current()).isEqualTo(32);
		// Nothing was recorded the year before: 0 when other records reach back to its start, else missing
		boolean reachBack = counts.monthsHeld().orElseThrow().first().atDay(1)
			.isBefore(java.time.LocalDate.of(YEAR - 1, 4, 2));
		assertThat(byCode.values()).extracting(FigureBlock.Count::previous)
			.containsOnly(reachBack ? Long.valueOf(0) : null);
		assertThat(blocks).extracting(FigureBlock::source).containsOnly("/staff/engagement?year=" + YEAR);

		String page = mvc.perform(get(blocks.get(0).source()).cookie(officer)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).as("the page shows the same").contains("87 staff at 7 organisations (2 sessions)");
	}

	@Test
	void aYearBeforeAnyRecordIsMissingNotZero() {
		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(1990));

		assertThat(blocks).extracting(block -> ((FigureBlock.Count) block).previous()).containsOnlyNulls();
		assertThat(blocks).extracting(block -> ((FigureBlock.Count) block).current()).containsOnly(0L);
	}

}
