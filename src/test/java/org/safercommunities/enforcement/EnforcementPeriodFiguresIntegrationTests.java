package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enforcement's figures for the board pack and the annual report: seed 001's Fig. 3 and Fig. 5, made in 2017/18 (a
 * year no other enforcement test uses; with its own tariff and PSPO).
 */
@IntegrationTest
class EnforcementPeriodFiguresIntegrationTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnforcementPeriodFigures periodFigures;

	@Autowired
	EnforcementFigures figures;

	@Test
	void toolsAndPowersAndFixedPenaltiesByOffenceWithWholePercentages() throws Exception {
		Organisation council = data.anOrganisation();
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN, council).getEmail());
		EnforcementYearRecords.with(mvc, jdbc).seed(officer, admin, YEAR);

		List<FigureBlock> blocks = periodFigures.figures(ReportPeriod.financialYear(YEAR));

		// Nothing was issued the year before: 0 when other records reach back to its start, else missing
		boolean reachBack = figures.firstIssued().orElseThrow().isBefore(LocalDate.of(YEAR - 1, 4, 2));
		FigureBlock.Table tools = (FigureBlock.Table) blocks.get(0);
		assertThat(tools.code()).isEqualTo("enforcement.tools");
		assertThat(tools.rows()).containsExactly(
				List.of("Community Protection Warning", "240", reachBack ? "0" : ""),
				List.of("Community Protection Notice", "8", reachBack ? "0" : ""));
		FigureBlock.Count penalties = (FigureBlock.Count) blocks.get(1);
		assertThat(penalties.code()).isEqualTo("enforcement.penalties");
		assertThat(penalties.current()).isEqualTo(32);
		assertThat(penalties.previous()).isEqualTo(reachBack ? Long.valueOf(0) : null);
		FigureBlock.Table byOffence = (FigureBlock.Table) blocks.get(2);
		// 10/32 = 31.25, 4/32 = 12.5, ...: floors make 97 and the three largest remainders take the last three points
		assertThat(byOffence.rows()).extracting(row -> row.get(0) + " " + row.get(2) + " " + row.get(3))
			.containsExactly("CST01 10 31%", "CST07a 4 13%", "CST08 2 6%", "CST09 7 22%", "CST11 3 9%", "CST13 5 16%",
					"CST17 1 3%");
		assertThat(byOffence.rows().get(0).get(1)).isEqualTo("Environmental Protection Act 1990, Section 87/88 Littering");
		FigureBlock.Count paid = (FigureBlock.Count) blocks.get(3);
		assertThat(paid.current()).as("none paid yet").isZero();

		Document page = Jsoup.parse(EnforcementTestData.page(mvc, tools.source(), officer));
		assertThat(page.select("#tools-CPW td").text()).as("the source page shows the same").isEqualTo("240");
		assertThat(page.select("#payments-issued").text()).isEqualTo("32");
		assertThat(blocks).extracting(FigureBlock::source).containsOnly(tools.source());
	}

	@Test
	void aYearBeforeAnyRecordIsMissingNotZero() {
		List<FigureBlock> blocks = periodFigures.figures(ReportPeriod.financialYear(1990));

		assertThat(((FigureBlock.Table) blocks.get(0)).rows()).isEmpty();
		assertThat(((FigureBlock.Count) blocks.get(1)).previous()).isNull();
		assertThat(((FigureBlock.Count) blocks.get(3)).previous()).isNull();
	}

}
